/** Text measurements shared by rules, heuristics and stats. */

/** The element's text with runs of white space folded to one space, trimmed. */
export function normalizedText(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}_]$/u;
/**
 * Whether each code point of the Basic Multilingual Plane is a word character, filled in as code points are met
 * (0 not yet known, 1 word, 2 not): a page's text uses a few hundred distinct characters, and a loop over the
 * text with this table counted a page's words several times faster than stepping a global regex from word to word.
 */
const WORD_TABLE = new Uint8Array(0x10000);

function isWordChar(codePoint: number): boolean {
  if (codePoint > 0xffff) return WORD_CHAR.test(String.fromCodePoint(codePoint));
  let known = WORD_TABLE[codePoint] as number;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(codePoint)) ? 1 : 2;
    WORD_TABLE[codePoint] = known;
  }
  return known === 1;
}

/**
 * Words as the benchmark counts them: runs of Unicode word characters (`[\p{L}\p{N}\p{M}_]+` with the `u`
 * flag), counted, not collected: pages are long. Read by code point, as that regex reads: a surrogate pair is one
 * character, a lone surrogate is not a word character.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let codePoint = text.charCodeAt(i);
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = (codePoint - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const word = isWordChar(codePoint);
    if (word && !inWord) words++;
    inWord = word;
  }
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
  // One string built by an iterative walk (no closure per call, no array of parts): the removal log reads every
  // removed block's text.
  let text = '';
  let cur: Node | null = node.firstChild;
  while (cur) {
    if (cur.nodeType === 3) text += cur.nodeValue ?? '';
    else if (cur.nodeType === 1) {
      if (SEPARATE.has((cur as Element).localName)) text += ' ';
      const first: Node | null = cur.firstChild;
      if (first) {
        cur = first;
        continue;
      }
      if (SEPARATE.has((cur as Element).localName)) text += ' ';
    }
    // Up until a next sibling, closing (with its trailing space) each element left on the way.
    while (cur && cur !== node && !cur.nextSibling) {
      cur = cur.parentNode;
      if (cur && cur !== node && cur.nodeType === 1 && SEPARATE.has((cur as Element).localName)) text += ' ';
    }
    cur = cur && cur !== node ? cur.nextSibling : null;
  }
  return text.replace(/\s+/g, ' ').trim();
}
