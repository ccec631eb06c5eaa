/**
 * Turndown rules for content that its defaults flatten: code blocks whose language sits on the `<pre>` or
 * a wrapper (highlighters write `<pre data-lang>` with coloured spans and no `<code>`), a table's caption
 * (its own paragraph, so the GFM table after it still parses), and math (the TeX source when the page has
 * it, from MathML's `alttext` or a TeX annotation as KaTeX and MathJax write; KaTeX's visual copy is dropped).
 */
import type TurndownService from 'turndown';

const LANGUAGE_CLASS = /(?:^|\s)(?:language|lang|highlight-source|highlight)-([\w+#.-]+)/i;

function languageOf(pre: Element): string {
  const code = pre.querySelector('code');
  for (const el of [code, pre, pre.parentElement]) {
    if (!el) continue;
    const named = el.getAttribute('data-lang') ?? el.getAttribute('data-language');
    if (named && /^[\w+#.-]+$/.test(named)) return named.toLowerCase();
    const match = LANGUAGE_CLASS.exec(el.getAttribute('class') ?? '');
    if (match?.[1]) return match[1].toLowerCase();
  }
  return '';
}

/** A fence longer than any run of backticks in the code, so the code cannot close it. */
function fenceFor(code: string): string {
  const longest = Math.max(0, ...Array.from(code.matchAll(/`+/g), (m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** TeX for a `<math>`, or null when the page gave none. `<` and `>` become `\lt`/`\gt`: no tag can open. */
export function texOf(math: Element): string | null {
  const annotation = Array.from(math.querySelectorAll('annotation')).find((a) =>
    /tex/i.test(a.getAttribute('encoding') ?? ''),
  );
  const tex = (annotation?.textContent ?? math.getAttribute('alttext') ?? '').trim();
  if (!tex) return null;
  return tex
    .replace(/^\{\\displaystyle\s*([\s\S]*)\}$/, '$1')
    .replace(/</g, '\\lt ')
    .replace(/>/g, '\\gt ')
    .replace(/\s+/g, ' ')
    .trim();
}

function captionOf(table: Node): string {
  const caption = Array.from(table.childNodes).find((n) => n.nodeName === 'CAPTION');
  return (caption?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** As the GFM plugin decides: the first row is in a `<thead>` or made of `<th>` cells only. */
function hasHeadingRow(table: Element): boolean {
  const row = table.querySelector('tr');
  if (!row) return false;
  if (row.parentNode?.nodeName === 'THEAD') return true;
  const cells = Array.from(row.children);
  return cells.length > 0 && cells.every((c) => c.nodeName === 'TH');
}

export function addContentRules(td: TurndownService): void {
  td.addRule('codeBlock', {
    filter: (node) => node.nodeName === 'PRE',
    replacement: (_content, node) => {
      const code = (node.textContent ?? '').replace(/\n$/, '');
      const fence = fenceFor(code);
      return `\n\n${fence}${languageOf(node as Element)}\n${code}\n${fence}\n\n`;
    },
  });
  // The GFM table rule squeezes out the first blank line of its content, which would glue a caption onto the
  // header row; so the caption is left out there and written as its own paragraph before the table.
  td.addRule('tableCaption', {
    filter: (node) => node.nodeName === 'CAPTION',
    replacement: () => '',
  });
  td.addRule('captionedTable', {
    filter: (node) => node.nodeName === 'TABLE' && hasHeadingRow(node as Element) && captionOf(node) !== '',
    replacement: (content, node) => {
      const caption = td.escape(captionOf(node));
      return `\n\n${caption}\n\n${content.replace('\n\n', '\n').trim()}\n\n`;
    },
  });
  td.addRule('katexVisual', {
    filter: (node) => /(?:^|\s)katex-html(?:\s|$)/.test((node as Element).getAttribute?.('class') ?? ''),
    replacement: () => '',
  });
  td.addRule('math', {
    filter: (node) => node.nodeName.toUpperCase() === 'MATH',
    replacement: (content, node) => {
      const tex = texOf(node as Element);
      if (!tex) return content;
      return (node as Element).getAttribute('display') === 'block' ? `\n\n$$\n${tex}\n$$\n\n` : `$${tex}$`;
    },
  });
}
