/**
 * "Keep this" for blocks Readability left out: a block the user protected with a `#@#` exception is put back
 * into the article where it stood in the page, after the nearest kept block before it. Readability works on
 * scores, not rules, so without this an exception could not overrule it.
 */
import { ID_ATTR, type PageContext } from './page-context';

export function restoreKeptBlocks(
  ctx: PageContext,
  article: Element,
  /** Every tagged element before Readability ran, in document order. */
  before: Map<string, Element>,
  parentOf: Map<string, string | null>,
): void {
  const inArticle = new Set<string>();
  for (const el of Array.from(article.querySelectorAll(`[${ID_ATTR}]`)))
    inArticle.add(el.getAttribute(ID_ATTR) ?? '');
  const order = Array.from(before.keys());
  order.forEach((id, position) => {
    const el = before.get(id);
    // A block inside one already put back came back with it (its id is then in the article).
    if (!el || inArticle.has(id) || !ctx.isKeptByException(el)) return;
    const ancestors = new Set<string>();
    for (let up = parentOf.get(id); up != null; up = parentOf.get(up)) ancestors.add(up);
    const anchor = precedingKept(order, position, inArticle, ancestors, article);
    if (anchor) {
      // Climb to the level of the block's own container, so it goes after a paragraph, not inside a link.
      let block = anchor;
      while (
        block.parentElement &&
        block.parentElement !== article &&
        !ancestors.has(idOf(block.parentElement))
      ) {
        block = block.parentElement;
      }
      block.after(el);
    } else {
      (article.firstElementChild ?? article).prepend(el);
    }
    inArticle.add(id);
    for (const inner of Array.from(el.querySelectorAll(`[${ID_ATTR}]`))) inArticle.add(idOf(inner));
  });
}

/** The nearest element before `position` (in page order) that is in the article and not an ancestor. */
function precedingKept(
  order: string[],
  position: number,
  inArticle: Set<string>,
  ancestors: Set<string>,
  article: Element,
): Element | null {
  for (let i = position - 1; i >= 0; i--) {
    const id = order[i] ?? '';
    if (!inArticle.has(id) || ancestors.has(id)) continue;
    const found = article.querySelector(`[${ID_ATTR}="${id}"]`);
    if (found) return found;
  }
  return null;
}

function idOf(el: Element): string {
  return el.getAttribute(ID_ATTR) ?? '';
}
