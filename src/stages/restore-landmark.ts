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
import { normalizedText } from '../dom/text';
import { isOneOf, tags, tagsInside } from '../dom/tags';
import { ID_ATTR, type PageContext } from './page-context';
import { placeAtPagePosition } from './place-back';

export const LANDMARK_PROSE_ID = 'restore:landmark-prose';
const REASON = 'Article prose in the page’s article element that Readability left out';

/** A landmark with less paragraph text than this says too little about where the article is. */
const MIN_LANDMARK_PROSE = 250;
/** A paragraph shorter than this is a label, a date or a credit, not prose. */
const MIN_PARAGRAPH_CHARS = 50;
/** A block comes back only with this much paragraph text ... */
const MIN_BLOCK_PROSE = 100;
/** ... making up at least this share of its text (the rest may be a heading or a caption, not a link list). */
const MIN_PROSE_SHARE = 0.6;
const MAX_LINK_SHARE = 0.3;
const PARAGRAPHS = tags('p, blockquote');
/** Never brought back: the page's own chrome inside the article, and the headline's block. */
const SKIP_TAGS = tags('nav, aside, footer, form, header, figure, h1, button, dialog');
const SKIP_ROLES = new Set(['navigation', 'complementary', 'dialog', 'banner', 'contentinfo']);
const CLUTTER_NAME =
  /(^|[-_\s])(comments?|share|sharing|social|related|recommend\w*|newsletter|subscri\w*|promo\w*|ads?|advert\w*|sponsor\w*|cookies?|consent|breadcrumbs?|nav\w*|menu|widget|tags?|popup|modal|paywall|teaser)($|[-_\s])/i;
const SENTENCE_END = /[.!?…:;»“”"')]\s|[.!?…]["'»“”)]?$/;

export function restoreLandmarkProse(
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
  const landmark = soleLandmark(before);
  if (!landmark) return;
  const landmarkId = idOf(landmark);
  // The landmark must hold kept text: when Readability kept something else entirely, it is not next to it.
  if (!containers.has(landmarkId) && !inArticle.has(landmarkId)) return;

  const order = Array.from(before.keys());
  const positions = new Map(order.map((id, i) => [id, i]));
  for (const el of Array.from(landmark.querySelectorAll(`[${ID_ATTR}]`))) {
    const id = idOf(el);
    if (inArticle.has(id) || containers.has(id)) continue;
    // Only the outermost dropped block: its parent holds kept text (or is the landmark), it is not kept itself
    // (Readability's own cleaning inside a kept block is a judgement on that block, left alone here).
    const parent = parentOf.get(id);
    if (parent == null || (parent !== landmarkId && !containers.has(parent))) continue;
    if (!clearUpTo(el.parentElement, landmark)) continue;
    for (const block of proseBlocks(el)) {
      const blockId = idOf(block);
      placeAtPagePosition(block, positions.get(blockId) ?? 0, order, inArticle, parentOf, article);
      inArticle.add(blockId);
      for (const inner of Array.from(block.querySelectorAll(`[${ID_ATTR}]`))) inArticle.add(idOf(inner));
      ctx.restore(block, LANDMARK_PROSE_ID, REASON);
    }
  }
}

/**
 * The prose in a dropped block: the block itself when it reads as prose; else, when it holds enough prose
 * beside something else (a share bar, a figure, a heading wrapper), the prose among its children, and so on down.
 */
function proseBlocks(el: Element): Element[] {
  if (!clear(el)) return [];
  const prose = proseChars(el);
  if (prose < MIN_BLOCK_PROSE) return [];
  if (prose >= MIN_PROSE_SHARE * normalizedText(el).length && tagsInside(el, SKIP_TAGS).length === 0)
    return [el];
  return Array.from(el.children).flatMap(proseBlocks);
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

/** Whether nothing from `el` up to the landmark is chrome, hidden, or named as clutter. */
function clearUpTo(el: Element | null, landmark: Element): boolean {
  for (let cur = el; cur && cur !== landmark; cur = cur.parentElement) if (!clear(cur)) return false;
  return true;
}

function clear(el: Element): boolean {
  if (isOneOf(el, SKIP_TAGS) || SKIP_ROLES.has(el.getAttribute('role') ?? '') || hidden(el)) return false;
  return !CLUTTER_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
}

/** The text of the element's paragraphs (itself included) that read as sentences, not links or labels. */
function proseChars(el: Element): number {
  const paragraphs = isOneOf(el, PARAGRAPHS) ? [el] : tagsInside(el, PARAGRAPHS);
  let chars = 0;
  for (const p of paragraphs) {
    if (nestedParagraph(p, el)) continue; // counted with the blockquote around it
    const text = normalizedText(p);
    if (text.length < MIN_PARAGRAPH_CHARS || !SENTENCE_END.test(text)) continue;
    if (linkChars(p) > MAX_LINK_SHARE * text.length) continue;
    chars += text.length;
  }
  return chars;
}

function nestedParagraph(p: Element, root: Element): boolean {
  for (let up = p.parentElement; up && up !== root; up = up.parentElement)
    if (isOneOf(up, PARAGRAPHS)) return true;
  return root !== p && isOneOf(root, PARAGRAPHS);
}

function linkChars(el: Element): number {
  return Array.from(el.querySelectorAll('a')).reduce((n, a) => n + normalizedText(a).length, 0);
}

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

function idOf(el: Element): string {
  return el.getAttribute(ID_ATTR) ?? '';
}
