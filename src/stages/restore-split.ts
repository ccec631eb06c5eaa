/**
 * A body split across containers of the same kind: a page that breaks its article into several blocks (around
 * ad slots, or one per section) gives them the same class, and Readability, which keeps one top candidate and
 * only those siblings that score close to it, can keep the first and drop the rest when they stand apart in the
 * page. A dropped block whose class is that of a kept block of prose, or of the container of kept paragraphs,
 * is more of the same body: it comes back, where it stood in the page, when it reads as prose itself.
 */
import { tags, tagsInside } from '../dom/tags';
import { idOf, type KeptBlocks } from './kept-blocks';
import type { PageContext } from './page-context';
import { elementsWithIds } from './page-ids';
import { clearUpTo, proseBlocks, proseChars, MIN_PARAGRAPH_CHARS } from './prose-blocks';

const HEADINGS = tags('h1, h2, h3, h4, h5, h6');

export const SPLIT_BODY_ID = 'restore:split-body';
const REASON =
  'More of the article body, in a block of the same kind as the kept ones, that Readability left out';

export function restoreSplitBody(ctx: PageContext, kept: KeptBlocks): void {
  if (kept.inArticle.size === 0) return;
  const kinds = bodyKinds(kept.article, kept.before);
  if (kinds.size === 0) return;
  for (const [id, el] of kept.before) {
    if (!el.hasAttribute('class') || kept.holdsKept(id) || !kinds.has(classOf(el))) continue;
    // Up to the body, not including it: a body's classes name the page's template ("enable-ad-placeholder").
    if (!clearUpTo(el.parentElement, pageRoot(el))) continue;
    if (insideAny(el, kept) || inTeaserCard(el, kept)) continue;
    for (const block of proseBlocks(el)) {
      kept.putBack(block);
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
  for (const kept of elementsWithIds(article)) {
    if (kept.localName !== 'p') continue;
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
function insideAny(el: Element, kept: KeptBlocks): boolean {
  for (let up = kept.parentOf.get(idOf(el)); up != null; up = kept.parentOf.get(up))
    if (kept.inArticle.has(up)) return true;
  return false;
}

/**
 * Whether the block stands in a teaser card of another story: an `<article>` that holds nothing kept and whose
 * heading is a link. (Some CMSs wrap each content element of one story in an `<article>`, with no linked heading.)
 */
function inTeaserCard(el: Element, kept: KeptBlocks): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.localName !== 'article' && cur.getAttribute('role') !== 'article') continue;
    if (kept.holdsKept(idOf(cur))) return false;
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
