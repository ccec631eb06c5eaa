/**
 * Plain text of the article body: paragraphs separated by a blank line, headings and list items on their own
 * lines, no images, no captions or photo credits (figcaption) unless the captions are the article (see
 * `captionsCarryArticle`), table cells separated by tabs. Footnote references read "[1]" and each note starts
 * with its label, without the page's "↩" back-links.
 */
import { findFootnotes, type Footnotes } from './footnotes';
import { texOf } from './markdown-content';
import { normalizedText } from '../dom/text';
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
const SKIP_BUT_CAPTIONS = new Set([...SKIP].filter((tag) => tag !== 'figcaption'));

/** KaTeX draws each formula twice, as MathML and as styled spans for sight (`aria-hidden`): read it once. */
export function isMathCopy(el: Element): boolean {
  return el.localName === 'annotation' || /(?:^|\s)katex-html(?:\s|$)/.test(el.getAttribute('class') ?? '');
}

/** At least this many captions, of at least this median length, before captions can be the article. */
const MIN_ARTICLE_CAPTIONS = 3;
const MIN_PROSE_CAPTION_CHARS = 80;

/**
 * Captions that carry the article: a slideshow story (AMP galleries, "90 costume ideas") writes each item's
 * paragraphs inside its photo's <figcaption>, and the text outside them is an intro of a few lines. There the
 * captions are read as text. Photo captions of an ordinary story are short beside its body, and credit lines
 * are short, so neither passes: there must be several captions, of prose length, holding more text than
 * everything else in the article.
 */
export function captionsCarryArticle(root: Element): boolean {
  const captions = Array.from(root.getElementsByTagName('figcaption'));
  if (captions.length < MIN_ARTICLE_CAPTIONS) return false;
  // Outermost captions only: a caption inside a caption would count twice.
  const lengths = captions
    .filter((caption) => !caption.parentElement?.closest('figcaption'))
    .map((caption) => normalizedText(caption).length);
  if (lengths.length < MIN_ARTICLE_CAPTIONS) return false;
  const sorted = [...lengths].sort((a, b) => a - b);
  if ((sorted[Math.floor(sorted.length / 2)] ?? 0) < MIN_PROSE_CAPTION_CHARS) return false;
  const inCaptions = lengths.reduce((sum, n) => sum + n, 0);
  return inCaptions > normalizedText(root).length - inCaptions;
}

export function toPlainText(root: Element): string {
  const out: string[] = [];
  const skip = captionsCarryArticle(root) ? SKIP_BUT_CAPTIONS : SKIP;
  walk(root, out, false, findFootnotes(root), skip);
  return out
    .join('')
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \u00a0]{2,}/g, ' ')
    .trim();
}

function walk(node: Node, out: string[], pre: boolean, notes: Footnotes, skip: ReadonlySet<string>): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      out.push(pre ? text : text.replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.localName;
    if (skip.has(tag) || isMathCopy(el) || notes.isBacklink(el)) continue;
    const ref = notes.refLabel(el);
    const note = ref === null ? notes.noteLabel(el) : null;
    if (ref !== null) {
      out.push(`[${ref}]`);
    } else if (note !== null) {
      // The label opens the note's first line, whatever paragraphs the note holds.
      const inner: string[] = [];
      walk(el, inner, pre, notes, skip);
      out.push(`\n\n[${note}] ${inner.join('').trim()}\n\n`);
    } else if (tag === 'math') {
      // The TeX source when the page has it (readable as text); otherwise the MathML's own text.
      const tex = texOf(el);
      if (tex) out.push(el.getAttribute('display') === 'block' ? `\n\n${tex}\n\n` : tex);
      else walk(el, out, pre, notes, skip);
    } else if (tag === 'br') {
      out.push('\n');
    } else if (tag === 'td' || tag === 'th') {
      walk(el, out, pre, notes, skip);
      out.push('\t');
    } else if (LINE.has(tag)) {
      out.push('\n');
      walk(el, out, pre, notes, skip);
      out.push('\n');
    } else if (BLOCK.has(tag)) {
      out.push('\n\n');
      walk(el, out, pre || tag === 'pre', notes, skip);
      out.push('\n\n');
    } else {
      walk(el, out, pre, notes, skip);
    }
  }
}
