/**
 * The site-memory stage: cut this page's boxes whose fingerprint the site's template lists, before Readability
 * scores the page (a "most read" rail or a newsletter box then never competes with the article).
 *
 * The article guard, in three parts, because a cut of article text is worse than a leak:
 * - only boxes are cut, never a lone paragraph, heading or list item: a paragraph that repeats on a site's pages
 *   may be a recurring standfirst, a syndicated paragraph, or a sentence two articles share;
 * - a box is cut only when every paragraph of prose in it is itself a known template paragraph: a box known by
 *   its heading ("Background") that holds new prose on this page is part of an article;
 * - a box with more than `MAX_PROSE_WORDS` words of prose is never cut, whatever the template says;
 * - on a story read before (most of the page's prose is known: the same story under three addresses, syndicated,
 *   an AMP twin), everything repeats and nothing tells the article from the template, so only landmarks without
 *   prose go (the header, the navigation, a footer of links).
 */
import type { PageContext } from '../stages/page-context';
import { findByPageId } from '../stages/page-ids';
import type { SiteTemplate } from '../types';
import { LANDMARKS, type PageBlock } from './blocks';

/** Template boxes say one thing in a sentence or two: a newsletter pitch, an author promo, a legal line. */
export const MAX_PROSE_WORDS = 80;
/** More known prose than this share of the page's prose: the story itself was read before. */
export const RETOLD_SHARE = 0.5;

export function memoryRuleId(print: string): string {
  return `memory:${print}`;
}

export function memoryReason(pages: number): string {
  return `Repeats on ${pages} pages of this site`;
}

/** The boxes of `blocks` to cut, outermost first, with the number of pages each was seen on. */
export function templateBoxes(
  blocks: readonly PageBlock[],
  template: SiteTemplate,
  disabled: ReadonlySet<string>,
): { block: PageBlock; pages: number }[] {
  if (template.blocks.length === 0) return [];
  const known = new Map<string, number>();
  for (const { print, pages } of template.blocks) known.set(print, pages);
  let prose = 0;
  let knownProse = 0;
  for (const block of blocks) {
    if (!block.prose) continue;
    prose += block.words;
    if (known.has(block.print)) knownProse += block.words;
  }
  const retold = knownProse > RETOLD_SHARE * prose;
  const chosen: { block: PageBlock; pages: number }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as PageBlock;
    const pages = known.get(block.print);
    if (block.kind !== 'box' || pages === undefined || disabled.has(memoryRuleId(block.print))) continue;
    // Blocks come in post-order (children first): the ones inside this box are the ones before it with
    // an index past the box's own.
    let proseWords = 0;
    let newProse = false;
    for (let j = i - 1; j >= 0; j--) {
      const inner = blocks[j] as PageBlock;
      if (inner.index <= block.index) break;
      if (!inner.prose) continue;
      proseWords += inner.words;
      if (!known.has(inner.print)) newProse = true;
    }
    if (newProse || proseWords > MAX_PROSE_WORDS) continue;
    if (retold && (proseWords > 0 || !LANDMARKS.has(block.el.localName))) continue;
    chosen.push({ block, pages });
  }
  return chosen;
}

/** Cuts the template boxes from the working copy, each recorded in `removed` with its `memory:` id. */
export function cutTemplate(ctx: PageContext, blocks: readonly PageBlock[], template: SiteTemplate): void {
  // Within the limits a block's place in the original is its copy's position (page id). Past a limit the
  // bounded copy leaves elements out and numbers the rest in its own order, so the position is looked up.
  const pastLimits = ctx.warnings.some((w) => w.code === 'too-large');
  const boxes = templateBoxes(blocks, template, ctx.disabled);
  if (boxes.length === 0) return;
  const removals = [];
  for (const { block, pages } of boxes) {
    const position = pastLimits ? ctx.positionOf(block.el) : block.index;
    // Left out of the bounded copy: nothing there to cut.
    if (position === undefined) continue;
    const el = ctx.doc.body ? findByPageId(ctx.doc.body, String(position)) : null;
    // Gone already: a rule or heuristic of the first stage took it (or the box it sat in).
    if (!el || !ctx.doc.body?.contains(el)) continue;
    // The same kind of element, or the places do not match after all: cut nothing rather than the wrong block.
    if (el.localName !== block.el.localName) continue;
    removals.push({ el, ruleId: memoryRuleId(block.print), reason: memoryReason(pages) });
  }
  ctx.remove(removals, 'pre-rules');
}
