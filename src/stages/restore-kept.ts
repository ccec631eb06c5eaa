/**
 * "Keep this" for blocks Readability left out: a block the user protected with a `#@#` exception is put back
 * into the article where it stood in the page, after the nearest kept block before it. Readability works on
 * scores, not rules, so without this an exception could not overrule it.
 */
import type { PageContext } from './page-context';
import { elementsWithIds, pageId } from './page-ids';
import { placeAtPagePosition } from './place-back';

export function restoreKeptBlocks(
  ctx: PageContext,
  article: Element,
  /** Every tagged element before Readability ran, in document order. */
  before: Map<string, Element>,
  parentOf: Map<string, string | null>,
): void {
  const inArticle = new Set<string>();
  for (const el of elementsWithIds(article)) inArticle.add(idOf(el));
  const order = Array.from(before.keys());
  order.forEach((id, position) => {
    const el = before.get(id);
    // A block inside one already put back came back with it (its id is then in the article).
    if (!el || inArticle.has(id) || !ctx.isKeptByException(el)) return;
    placeAtPagePosition(el, position, order, inArticle, parentOf, article);
    inArticle.add(id);
    for (const inner of elementsWithIds(el)) inArticle.add(idOf(inner));
  });
}

function idOf(el: Element): string {
  return pageId(el) ?? '';
}
