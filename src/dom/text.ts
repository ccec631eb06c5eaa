/** Text measurements shared by rules, heuristics and stats. */

/** The element's text with runs of white space folded to one space, trimmed. */
export function normalizedText(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

/** Words as the benchmark counts them: runs of Unicode word characters (counted, not collected: pages are long). */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let words = 0;
  while (WORD.test(text)) words++;
  return words;
}

const SEPARATE = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'nav',
  'li',
  'ul',
  'ol',
  'dt',
  'dd',
  'td',
  'th',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figcaption',
  'figure',
  'button',
  'br',
  'option',
  'label',
]);

/**
 * Text as a reader sees it: like `normalizedText`, but block elements and buttons are kept apart by a space, so
 * "…on your device." and the "I agree" button after it do not run together in the removal log.
 */
export function readableText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    for (let child = n.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const separate = SEPARATE.has((child as Element).localName);
        if (separate) parts.push(' ');
        walk(child);
        if (separate) parts.push(' ');
      }
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
