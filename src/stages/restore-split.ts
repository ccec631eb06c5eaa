/**
 * A body split across containers of the same kind: a page that breaks its article into several blocks (around
 * ad slots, or one per section) gives them the same class, and Readability, which keeps one top candidate and
 * only those siblings that score close to it, can keep the first and drop the rest when they stand apart in the
 * page. A dropped block whose class is that of a kept block of prose, or of the container of kept paragraphs,
 * is more of the same body: it comes back, where it stood in the page, when it reads as prose itself.
 */
import { tags, tagsInside } from '../dom/tags';
import { ID_ATTR, type PageContext } from './page-context';
import { placeAtPagePosition } from './place-back';
import { clearUpTo, proseBlocks, proseChars, MIN_PARAGRAPH_CHARS } from './prose-blocks';

const HEADINGS = tags('h1, h2, h3, h4, h5, h6');

export const SPLIT_BODY_ID = 'restore:split-body';
const REASON =
  'More of the article body, in a block of the same kind as the kept ones, that Readability left out';

export function restoreSplitBody(
  ctx: PageContext,
  article: Element,
  /** Every tagged element before Readability ran, in document order (from a copy it did not touch). */
  before: Map<string, Element>,
  parentOf: Map<string, string | null>,
): void {
  const inArticle = new Set<string>();
  for (const el of Array.from(article.querySelectorAll(`[${ID_ATTR}]`))) inArticle.add(idOf(el));
  if (inArticle.size === 0) return;
  const containers = new Set<string>();
  for (const id of inArticle) {
    for (let up = parentOf.get(id); up != null && !containers.has(up); up = parentOf.get(up))
      containers.add(up);
  }
  const kinds = bodyKinds(article, before);
  if (kinds.size === 0) return;
  const order = Array.from(before.keys());
  const positions = new Map(order.map((id, i) => [id, i]));
  for (const [id, el] of before) {
    if (inArticle.has(id) || containers.has(id) || !kinds.has(classOf(el))) continue;
    // Up to the body, not including it: a body's classes name the page's template ("enable-ad-placeholder").
    if (!clearUpTo(el.parentElement, pageRoot(el))) continue;
    if (insideAny(el, parentOf, inArticle) || inTeaserCard(el, containers, inArticle)) continue;
    for (const block of proseBlocks(el)) {
      const blockId = idOf(block);
      placeAtPagePosition(block, positions.get(blockId) ?? 0, order, inArticle, parentOf, article);
      inArticle.add(blockId);
      for (const inner of Array.from(block.querySelectorAll(`[${ID_ATTR}]`))) inArticle.add(idOf(inner));
      ctx.restore(block, SPLIT_BODY_ID, REASON);
    }
  }
}

/**
 * The classes of the article's body: those of kept paragraphs of prose, and of the blocks that hold them (as
 * the page had them, before Readability renamed or unwrapped anything). Unnamed blocks say nothing.
 */
function bodyKinds(article: Element, before: Map<string, Element>): Set<string> {
  const kinds = new Set<string>();
  for (const kept of Array.from(article.querySelectorAll(`p[${ID_ATTR}]`))) {
    const p = before.get(idOf(kept));
    if (!p || proseChars(p) < MIN_PARAGRAPH_CHARS) continue;
    for (const el of [p, p.parentElement]) {
      const kind = el ? classOf(el) : '';
      if (kind !== '') kinds.add(kind);
    }
  }
  return kinds;
}

/** Whether a tagged ancestor of the element is in the article (it came back, or was never dropped). */
function insideAny(el: Element, parentOf: Map<string, string | null>, inArticle: Set<string>): boolean {
  for (let up = parentOf.get(idOf(el)); up != null; up = parentOf.get(up)) if (inArticle.has(up)) return true;
  return false;
}

/**
 * Whether the block stands in a teaser card of another story: an `<article>` that holds nothing kept and whose
 * heading is a link. (Some CMSs wrap each content element of one story in an `<article>`, with no linked heading.)
 */
function inTeaserCard(el: Element, containers: Set<string>, inArticle: Set<string>): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.localName !== 'article' && cur.getAttribute('role') !== 'article') continue;
    if (containers.has(idOf(cur)) || inArticle.has(idOf(cur))) return false;
    return tagsInside(cur, HEADINGS).some((h) => h.closest('a') !== null || h.querySelector('a') !== null);
  }
  return false;
}

function pageRoot(el: Element): Element {
  let root = el;
  while (root.parentElement) root = root.parentElement;
  return root;
}

function classOf(el: Element): string {
  return (el.getAttribute('class') ?? '').trim().replace(/\s+/g, ' ');
}

function idOf(el: Element): string {
  return el.getAttribute(ID_ATTR) ?? '';
}
