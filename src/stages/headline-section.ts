/**
 * The headline's section. Readability scores blocks one by one and keeps the best; on a page whose article is
 * short or not written in paragraphs (a recipe, a product page, a short notice), a box elsewhere can outscore
 * it: a help-desk flyout, a newsletter form in the sidebar, a shipping note, an advertiser disclosure. The page
 * says where its article is by its headline: the `<h1>` (or `<h2>`) that reads as the article's title. When
 * Readability kept nothing near that headline, and the part of the page around the headline (its largest
 * container that holds nothing Readability kept) has much more text than what was kept, the pick was a box
 * beside the article, not the article. The caller then lets Readability choose again within that section only.
 */
import { normalizedText } from '../dom/text';
import { foldTitle } from '../dom/title-fold';
import { isJsonLd, isOneOf, tags } from '../dom/tags';
import { idOf, type KeptBlocks } from './kept-blocks';
import { kindOf } from './dropped-kind';
import { type PageContext } from './page-context';
import { findByPageId } from './page-ids';
import { clear } from './prose-blocks';

const HEADLINES = tags('h1, h2');
/** A headline this short ("News", "Menu") names too little to be matched against a title by its opening. */
const MIN_PREFIX_CHARS = 15;
/** The section must hold this many times the kept text (beyond the headline's own) ... */
const MIN_SECTION_SHARE = 1.5;
/** ... and at least this much text besides the headline. */
const MIN_SECTION_CHARS = 200;
/** Above this much kept text Readability found an article of its own, whatever stands around the headline. */
const MAX_KEPT_CHARS = 2000;

/**
 * The id of the headline's section when Readability's article stands apart from it (see above), else null.
 */
export function headlineSection(kept: KeptBlocks, title: string | null): string | null {
  const keptChars = normalizedText(kept.article).length;
  if (keptChars > MAX_KEPT_CHARS) return null;
  const headline = soleHeadline(kept.before, title);
  if (!headline) return null;
  let section = idOf(headline);
  if (kept.holdsKept(section)) return null;
  for (let up = kept.parentOf.get(section); up != null && !kept.holdsKept(up); up = kept.parentOf.get(up))
    section = up;
  const el = kept.before.get(section);
  if (!el || !clear(el)) return null;
  const own = normalizedText(el).length - normalizedText(headline).length;
  if (own < MIN_SECTION_CHARS || own < MIN_SECTION_SHARE * keptChars) return null;
  return section;
}

/**
 * The one headline of the page that reads as the title: the same words, or the title's opening (a title that
 * goes on with the site's name). None when two differ (a list of stories, each with its headline).
 */
function soleHeadline(before: Map<string, Element>, title: string | null): Element | null {
  const wanted = foldTitle(title ?? '');
  if (wanted === '') return null;
  let found: Element | null = null;
  for (const el of before.values()) {
    if (!isOneOf(el, HEADLINES)) continue;
    const text = foldTitle(normalizedText(el));
    const matches = text === wanted || (text.length >= MIN_PREFIX_CHARS && wanted.startsWith(text));
    if (!matches) continue;
    if (found) return null;
    found = el;
  }
  return found;
}

/**
 * Drops everything in the working copy outside the section (every sibling of the section and of its ancestors),
 * so that Readability, run on it, chooses within the section; each block with text is logged as Readability
 * would log it. False when the section is not in this copy.
 */
export function dropOutside(ctx: PageContext, sectionId: string): boolean {
  const body = ctx.doc.body;
  const section = body ? findByPageId(body, sectionId) : null;
  if (!body || !section) return false;
  for (let cur: Element = section; cur !== body && cur.parentElement; cur = cur.parentElement) {
    for (const sibling of Array.from(cur.parentElement.children)) {
      if (sibling === cur) continue;
      // JSON-LD stays: Readability reads the page's metadata from it.
      if (isJsonLd(sibling)) continue;
      if (normalizedText(sibling) !== '') {
        const kind = kindOf(sibling);
        ctx.log(sibling, `readability:${kind.id}`, kind.reason, 'readability');
      }
      sibling.remove();
    }
  }
  return true;
}
