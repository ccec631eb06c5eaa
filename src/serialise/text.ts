/**
 * Plain text of the article body: paragraphs separated by a blank line, headings and list items on their own
 * lines, no images, no captions or photo credits (figcaption), table cells separated by tabs. Footnote
 * references read "[1]" and each note starts with its label, without the page's "↩" back-links.
 */
import { findFootnotes, type Footnotes } from './footnotes';
import { texOf } from './markdown-content';
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'address',
  'details',
  'summary',
]);
const LINE = new Set(['li', 'tr', 'caption']);
const SKIP = new Set([
  'figcaption',
  'script',
  'style',
  'noscript',
  'template',
  'img',
  'picture',
  'svg',
  'video',
  'audio',
  'iframe',
  'button',
  'select',
  'input',
  'textarea',
  'head',
]);

/** KaTeX draws each formula twice, as MathML and as styled spans for sight (`aria-hidden`): read it once. */
export function isMathCopy(el: Element): boolean {
  return el.localName === 'annotation' || /(?:^|\s)katex-html(?:\s|$)/.test(el.getAttribute('class') ?? '');
}

export function toPlainText(root: Element): string {
  const out: string[] = [];
  walk(root, out, false, findFootnotes(root));
  return out
    .join('')
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \u00a0]{2,}/g, ' ')
    .trim();
}

function walk(node: Node, out: string[], pre: boolean, notes: Footnotes): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      out.push(pre ? text : text.replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.localName;
    if (SKIP.has(tag) || isMathCopy(el) || notes.isBacklink(el)) continue;
    const ref = notes.refLabel(el);
    const note = ref === null ? notes.noteLabel(el) : null;
    if (ref !== null) {
      out.push(`[${ref}]`);
    } else if (note !== null) {
      // The label opens the note's first line, whatever paragraphs the note holds.
      const inner: string[] = [];
      walk(el, inner, pre, notes);
      out.push(`\n\n[${note}] ${inner.join('').trim()}\n\n`);
    } else if (tag === 'math') {
      // The TeX source when the page has it (readable as text); otherwise the MathML's own text.
      const tex = texOf(el);
      if (tex) out.push(el.getAttribute('display') === 'block' ? `\n\n${tex}\n\n` : tex);
      else walk(el, out, pre, notes);
    } else if (tag === 'br') {
      out.push('\n');
    } else if (tag === 'td' || tag === 'th') {
      walk(el, out, pre, notes);
      out.push('\t');
    } else if (LINE.has(tag)) {
      out.push('\n');
      walk(el, out, pre, notes);
      out.push('\n');
    } else if (BLOCK.has(tag)) {
      out.push('\n\n');
      walk(el, out, pre || tag === 'pre', notes);
      out.push('\n\n');
    } else {
      walk(el, out, pre, notes);
    }
  }
}
