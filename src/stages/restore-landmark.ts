/**
 * Article prose Readability left behind in the page's own article landmark. Readability keeps one top candidate
 * and those of its siblings that score close to it; when the body is split across sibling containers, or a
 * shorter block (a signatory list, an author box) outscores it, whole paragraphs of the article are dropped.
 * The page said where its article is: a single `<article>` (or `itemprop="articleBody"`) holding the kept
 * text. A dropped block inside that landmark, next to what was kept, comes back when it reads as prose: most of
 * its text is in paragraphs with few links and sentence punctuation, and nothing names it as clutter. It goes
 * back where it stood in the page, and the result's `restored` says so. The post-rules run over it afterwards,
 * as over the rest of the article.
 */
import { idOf, type KeptBlocks } from './kept-blocks';
import type { PageContext } from './page-context';
import { elementsWithIds } from './page-ids';
import { clearUpTo, proseBlocks, proseChars } from './prose-blocks';

export const LANDMARK_PROSE_ID = 'restore:landmark-prose';
const REASON = 'Article prose in the page’s article element that Readability left out';

/** A landmark with less paragraph text than this says too little about where the article is. */
const MIN_LANDMARK_PROSE = 250;

export function restoreLandmarkProse(ctx: PageContext, kept: KeptBlocks): void {
  if (kept.inArticle.size === 0) return;
  const landmark = soleLandmark(kept.before);
  if (!landmark) return;
  const landmarkId = idOf(landmark);
  // The landmark must hold kept text: when Readability kept something else entirely, it is not next to it.
  if (!kept.holdsKept(landmarkId)) return;
  for (const el of elementsWithIds(landmark)) {
    const id = idOf(el);
    if (kept.holdsKept(id)) continue;
    // Only the outermost dropped block: its parent holds kept text (or is the landmark), it is not kept itself
    // (Readability's own cleaning inside a kept block is a judgement on that block, left alone here).
    const parent = kept.parentOf.get(id);
    if (parent == null || (parent !== landmarkId && !kept.containers.has(parent))) continue;
    if (!clearUpTo(el.parentElement, landmark)) continue;
    for (const block of proseBlocks(el)) {
      kept.putBack(block);
      ctx.restore(block, LANDMARK_PROSE_ID, REASON);
    }
  }
}

/**
 * The page's one article landmark with paragraphs: `<article>`, `role="article"` or `itemprop="articleBody"`,
 * outermost. None when there are several (a list of teasers, a thread of posts): then none is "the" article.
 */
function soleLandmark(before: Map<string, Element>): Element | null {
  let found: Element | null = null;
  for (const el of before.values()) {
    if (!isLandmark(el) || insideLandmark(el)) continue;
    if (proseChars(el) < MIN_LANDMARK_PROSE) continue;
    if (found) return null;
    found = el;
  }
  return found;
}

function isLandmark(el: Element): boolean {
  return (
    el.localName === 'article' ||
    el.getAttribute('role') === 'article' ||
    /(^|\s)articleBody(\s|$)/i.test(el.getAttribute('itemprop') ?? '')
  );
}

function insideLandmark(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (isLandmark(up)) return true;
  return false;
}
