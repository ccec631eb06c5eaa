/**
 * The blocks of a page as the site memory sees them, each with its fingerprint.
 *
 * - **Leaves**: paragraphs of prose (`PROSE_WORDS` words or more, mostly not link text) in paragraphs, list
 *   items, quotes, captions, cells, and divs holding only inline text. They are remembered (a box's paragraphs
 *   are checked against the template, see `template-cut.ts`) but never cut on their own: a lone paragraph that
 *   repeats may be a recurring standfirst or a syndicated paragraph. Shorter leaves (headings, links, labels)
 *   are neither cut nor checked, so they are not remembered.
 * - **Boxes**: landmarks (`aside`, `nav`, `header`, `footer`, `form`) with text, and containers (`div`,
 *   `section`, lists, `figure`, `details`; never tables) holding two or more pieces of text, one at least a block. A box that opens with a
 *   heading is known by that heading ("Most read", "Newsletter"): a rail whose items change on every page still
 *   repeats its heading. Other boxes are known by their whole text. Boxes of more than `MAX_BOX_WORDS` words
 *   (page wrappers, the article) and boxes holding an `h1` (the article's title) are not template material.
 *
 * Walks the original page once; an element's `index` is its place among the body's descendants in document
 * order, the same number the pipeline's working copy carries as its page id. Blocks come out children first
 * (post-order), so the blocks inside a box are the run just before it.
 */
import { countWords } from '../dom/text';
import { DEFAULT_LIMITS } from '../stages/page-limits';
import { boxSelector, NameCounts } from './box-selector';
import { structuralPath, printOf } from './fingerprint';
import { hasLetters, normaliseBlockText } from './normalise';

export interface PageBlock {
  /** Place among the body's descendants in document order (the working copy's page id). */
  index: number;
  el: Element;
  kind: 'leaf' | 'box';
  print: string;
  /** A paragraph of prose (every leaf is one: shorter ones are left out). */
  prose: boolean;
  words: number;
  /** For a box: a text-free id or class selector that finds only it (see box-selector.ts), else `''`. */
  selector: string;
}

const LEAVES = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figcaption',
  'dt',
  'dd',
  'td',
  'th',
  'pre',
  'caption',
]);
export const LANDMARKS: ReadonlySet<string> = new Set(['aside', 'nav', 'header', 'footer', 'form']);
// No tables: a table is data, and with numbers folded a league table read on three days looks the same.
const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'figure', 'details']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const INERT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe']);
/** Elements whose text is part of the line they sit in. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'br',
  'cite',
  'code',
  'em',
  'i',
  'img',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'button',
  'input',
  'select',
  'picture',
  'source',
]);

export const MAX_BOX_WORDS = 400;
export const PROSE_WORDS = 15;
/** Deeper than this the walk reads text only: a hostile page of 10,000 nested divs must not overflow the stack. */
const MAX_DEPTH = 120;

interface Seen {
  text: string;
  /** Whether `text` has anything but white space. */
  hasText: boolean;
  linkChars: number;
  hasH1: boolean;
  /** Normalised text of the heading this element opens with, if its text starts with one. */
  lead: string | null;
  /** Whether it is a block (not inline) with text. */
  block: boolean;
}

const NOTHING: Seen = { text: '', hasText: false, linkChars: 0, hasH1: false, lead: null, block: false };

/**
 * `maxElements`: the walk stops after that many elements, as the working copy does (`page-limits.ts`): a huge
 * page costs no more than its kept part, and on such a page the memory cuts nothing anyway (`template-cut.ts`).
 */
export function pageBlocks(doc: Document, maxElements = DEFAULT_LIMITS.maxElements): PageBlock[] {
  const body = doc.body;
  if (!body) return [];
  const blocks: PageBlock[] = [];
  // Ids and tag.class names counted on the way, so a box's selector is known unique without a query per box.
  const names = new NameCounts();
  let position = 0;

  const visit = (el: Element, depth: number): Seen => {
    const index = position++;
    const tag = el.localName;
    names.count(el);
    if (INERT.has(tag)) {
      position += descendants(el);
      return NOTHING;
    }
    if (depth > MAX_DEPTH) {
      position += descendants(el);
      const text = el.textContent ?? '';
      const hasText = /\S/.test(text);
      return { text, hasText, linkChars: 0, hasH1: false, lead: null, block: hasText };
    }
    // Built with += (a rope, not copied) and read only for the blocks: wrappers nest deep on real pages.
    let text = '';
    let hasText = false;
    let linkChars = 0;
    let hasH1 = tag === 'h1';
    let blockKids = 0;
    /** Text outside any block child ("Was this useful?" heading, then two buttons): one more piece of the box. */
    let loose = false;
    let lead: string | null = null;
    for (let child = el.firstChild; child && position < maxElements; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        text += value;
        if (!hasText && /\S/.test(value)) hasText = loose = true;
        else if (!loose && /\S/.test(value)) loose = true;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const seen = visit(child as Element, depth + 1);
      text += seen.block ? ` ${seen.text} ` : seen.text;
      linkChars += seen.linkChars;
      hasH1 ||= seen.hasH1;
      if (seen.block) blockKids++;
      else if (seen.hasText) loose = true;
      if (!hasText && seen.hasText) {
        lead = seen.lead;
        hasText = true;
      }
    }
    const heading = HEADINGS.has(tag) || el.getAttribute('role') === 'heading';
    if (tag === 'a') linkChars = text.length;
    if (heading && hasText) lead = normaliseBlockText(text);
    const seen: Seen = { text, hasText, linkChars, hasH1, lead, block: hasText && !INLINE.has(tag) };
    const kind = hasText ? kindOf(tag, blockKids, loose) : null;
    // A box of more than MAX_BOX_WORDS words is a wrapper: skip it before counting (a word takes 2+ characters).
    if (kind === null || (kind === 'box' && (hasH1 || text.length > MAX_BOX_WORDS * 40))) return seen;
    const words = countWords(text);
    if (kind === 'box' && words > MAX_BOX_WORDS) return seen;
    const chars = text.replace(/\s+/g, ' ').trim().length;
    const prose = kind === 'leaf' && words >= PROSE_WORDS && linkChars < chars / 2;
    // A short leaf (a heading, a link, a label) is never cut and never checked: not worth its bytes.
    if (kind === 'leaf' && !prose) return seen;
    const normalised = normaliseBlockText(text);
    if (!hasLetters(normalised)) return seen;
    // A box that opens with a heading is known by it; the rest of a box, or a leaf, by its whole text.
    const known = kind === 'box' && lead !== null && hasLetters(lead) ? `heading:${lead}` : normalised;
    blocks.push({
      index,
      el,
      kind,
      print: printOf(kind, known, structuralPath(el)),
      prose,
      words,
      selector: '',
    });
    return seen;
  };

  for (let child = body.firstElementChild; child && position < maxElements; child = child.nextElementSibling)
    visit(child, 1);
  for (const block of blocks) if (block.kind === 'box') block.selector = boxSelector(block.el, names);
  return blocks;
}

function kindOf(tag: string, blockKids: number, loose: boolean): PageBlock['kind'] | null {
  if (LEAVES.has(tag)) return 'leaf';
  if (LANDMARKS.has(tag)) return 'box';
  if (CONTAINERS.has(tag)) {
    if (blockKids + (loose && blockKids > 0 ? 1 : 0) >= 2) return 'box';
    // A div with text and no block inside is a line of its own (a promo line, a credit).
    if (tag === 'div' && blockKids === 0) return 'leaf';
  }
  return null;
}

/** How many elements are inside `el` (counted, not collected). */
function descendants(el: Element): number {
  let count = 0;
  const stack: Element[] = [el];
  for (let cur = stack.pop(); cur; cur = stack.pop()) {
    for (let child = cur.firstElementChild; child; child = child.nextElementSibling) {
      count++;
      stack.push(child);
    }
  }
  return count;
}
