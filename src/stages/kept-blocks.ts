/**
 * What Readability kept, by the page's element ids, for the stages that put dropped blocks back: the ids in the
 * article, and their ancestors as the page had them (containers Readability unwrapped, not dropped). Built once
 * after Readability and kept up to date as blocks come back, so each restoring stage sees the others' work.
 */
import { elementsWithIds, pageId } from './page-ids';
import { placeAtPagePosition } from './place-back';

export class KeptBlocks {
  readonly inArticle = new Set<string>();
  readonly containers = new Set<string>();
  /** Every tagged id before Readability ran, in document order. */
  readonly order: string[];
  private positions: Map<string, number> | null = null;

  constructor(
    readonly article: Element,
    /** Every tagged element before Readability ran, in document order (from a copy it did not touch). */
    readonly before: Map<string, Element>,
    readonly parentOf: Map<string, string | null>,
  ) {
    this.order = Array.from(before.keys());
    for (const el of elementsWithIds(article)) this.inArticle.add(idOf(el));
    for (const id of this.inArticle) this.addAncestors(id);
  }

  /** Whether the id is in the article, or holds something that is. */
  holdsKept(id: string): boolean {
    return this.inArticle.has(id) || this.containers.has(id);
  }

  /** Puts a dropped block back where it stood in the page, and counts it (and what it holds) as kept. */
  putBack(block: Element): void {
    const id = idOf(block);
    this.positions ??= new Map(this.order.map((each, i) => [each, i]));
    placeAtPagePosition(
      block,
      this.positions.get(id) ?? 0,
      this.order,
      this.inArticle,
      this.parentOf,
      this.article,
    );
    this.inArticle.add(id);
    for (const inner of elementsWithIds(block)) this.inArticle.add(idOf(inner));
    this.addAncestors(id);
  }

  private addAncestors(id: string): void {
    for (let up = this.parentOf.get(id); up != null && !this.containers.has(up); up = this.parentOf.get(up))
      this.containers.add(up);
  }
}

export function idOf(el: Element): string {
  return pageId(el) ?? '';
}
