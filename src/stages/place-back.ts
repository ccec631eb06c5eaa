/**
 * Putting a block Readability dropped back into the article where it stood in the page: after the nearest
 * block before it (in page order) that is in the article, at the level of the block's own container, so it
 * goes after a paragraph, not inside a link; at the start when nothing before it was kept.
 */
import { findByPageId, pageId } from './page-ids';

export function placeAtPagePosition(
  el: Element,
  /** The block's index in `order`. */
  position: number,
  /** Every tagged id before Readability ran, in document order. */
  order: readonly string[],
  /** Ids now in the article. */
  inArticle: ReadonlySet<string>,
  parentOf: Map<string, string | null>,
  article: Element,
): void {
  const id = order[position] ?? '';
  const ancestors = new Set<string>();
  for (let up = parentOf.get(id); up != null; up = parentOf.get(up)) ancestors.add(up);
  const anchor = precedingKept(order, position, inArticle, ancestors, article);
  if (!anchor) {
    (article.firstElementChild ?? article).prepend(el);
    return;
  }
  let block = anchor;
  while (
    block.parentElement &&
    block.parentElement !== article &&
    !ancestors.has(idOf(block.parentElement))
  ) {
    block = block.parentElement;
  }
  block.after(el);
}

/** The nearest element before `position` (in page order) that is in the article and not an ancestor. */
function precedingKept(
  order: readonly string[],
  position: number,
  inArticle: ReadonlySet<string>,
  ancestors: Set<string>,
  article: Element,
): Element | null {
  for (let i = position - 1; i >= 0; i--) {
    const id = order[i] ?? '';
    if (!inArticle.has(id) || ancestors.has(id)) continue;
    const found = findByPageId(article, id);
    if (found) return found;
  }
  return null;
}

function idOf(el: Element): string {
  return pageId(el) ?? '';
}
