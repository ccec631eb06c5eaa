/**
 * The site memory's part of `clean()`: read the original page's blocks once when either option asks for them,
 * so what is remembered never depends on what was cut. With neither option the engine does no extra work.
 */
import type { PageContext } from '../stages/page-context';
import type { BlockPrint, CleanOptions } from '../types';
import { pageBlocks, type PageBlock } from './blocks';
import { cutTemplate } from './template-cut';

/** The page's blocks, or null when neither `collectPrints` nor a non-empty `siteTemplate` is given. */
export function memoryBlocks(doc: Document, options: CleanOptions): PageBlock[] | null {
  const wanted = options.collectPrints === true || (options.siteTemplate?.blocks.length ?? 0) > 0;
  return wanted ? pageBlocks(doc) : null;
}

/** The prints `result.prints` carries: every block, with a text-free selector for boxes. */
export function blockPrints(blocks: readonly PageBlock[]): BlockPrint[] {
  return blocks.map((b) => ({ print: b.print, selector: b.selector }));
}

/**
 * Cuts the template's boxes in the first stage. Like the heuristics, it stays out of "clean anyway" (rules only)
 * and out of the retry without heuristics: a result much shorter than the page's stated body may be its doing.
 */
export function applySiteTemplate(
  ctx: PageContext,
  blocks: readonly PageBlock[] | null,
  options: CleanOptions,
): void {
  if (!blocks || !options.siteTemplate || options.rulesOnly || options.heuristics === false) return;
  cutTemplate(ctx, blocks, options.siteTemplate);
}
