/**
 * The article's header, left in its body. When Readability keeps the container that holds the page's header
 * with the story (a template that wraps headline, byline and body in one block), the headline and the byline
 * stay at the top of the body, although the result carries both as metadata: the reader sees the headline twice
 * and the author's name as the first paragraph. Readability removes only the first heading that repeats the
 * title, and only while it reads the page, so a gallery's title met before the story's takes that one chance.
 *
 * Only blocks before the body's first paragraph of prose are read, and only whole blocks: a heading whose words
 * are the title's, and a short line whose words are the byline's ("Robert Burns, AP National Security Writer"
 * beside the byline "By ROBERT BURNS, AP National Security Writer") standing beside that heading, in the same
 * box: the two together, and only together, are the page's header. A later heading or line that repeats them is
 * the article's own (a quoted title, a signature at the end) and stays, and so does either one alone.
 *
 * The same header may hold one block twice, the page's two layouts of its standfirst (one for narrow screens,
 * one for wide); the second copy goes when nothing but a picture stands between the two. The header ends at the
 * first paragraph of prose the article holds once, and a paragraph with others between it and its copy is not
 * read as one: a refrain the body repeats stays.
 */
import { isOneOf, tags, tagsInside } from '../dom/tags';
import type { TextIndex } from '../dom/text-index';
import { foldTitle } from '../dom/title-fold';

export const HEADLINE_ECHO_ID = 'heuristic:headline-echo';
export const HEADLINE_ECHO_REASON = 'Headline (shown as the title)';
export const BYLINE_ECHO_ID = 'heuristic:byline-echo';
export const BYLINE_ECHO_REASON = 'Byline (shown with the title)';
export const REPEAT_ID = 'heuristic:repeated-lead';
export const REPEAT_REASON = 'Repeats a block above it';

const HEADINGS = tags('h1, h2, h3');
const LINES = tags('p, div, span, address, h4, h5, h6');
/** Where the body starts: the first paragraph of this many words. */
const PROSE_WORDS = 20;
const PROSE = tags('p, li, blockquote');
/** A byline is a line; a longer block that holds the author's name is prose about them. */
const MAX_BYLINE_WORDS = 15;
/** A repeated line this short may be a label the article uses twice; a standfirst is longer. */
const MIN_REPEAT_WORDS = 8;
const READS = tags('h1, h2, h3, h4, h5, h6, p, div, span, address, li, blockquote');

export interface Echo {
  el: Element;
  ruleId: string;
  reason: string;
}

/** The blocks at the top of the article body that repeat the title, the byline or a block above them. */
export function metadataEchoes(
  article: Element,
  index: TextIndex,
  titles: readonly (string | null)[],
  byline: string | null,
): Echo[] {
  const wantedTitles = new Set(titles.map((t) => foldTitle(t ?? '')).filter((t) => t !== ''));
  const wantedByline = foldByline(byline ?? '');
  const blocks = tagsInside(article, READS);
  // A text counts once however many wrappers hold it alone: only where it first appears, its outermost holder.
  const holders = new Set(
    blocks.filter((el) => el.parentElement === null || index.text(el.parentElement) !== index.text(el)),
  );
  const counts = new Map<string, number>();
  for (const el of holders) counts.set(index.text(el), (counts.get(index.text(el)) ?? 0) + 1);
  const found: Echo[] = [];
  let lastBlock: string | null = null;
  for (const el of blocks) {
    const words = index.words(el);
    const text = index.text(el);
    if (isOneOf(el, PROSE) && words >= PROSE_WORDS && (counts.get(text) ?? 0) <= 1) break;
    if (words === 0 || found.some((f) => f.el.contains(el))) continue;
    const holder = holders.has(el);
    // A repeat follows its first copy with no other block of its size between them (a picture may stand there).
    const again = holder && words >= MIN_REPEAT_WORDS && lastBlock === text;
    if (holder && words >= MIN_REPEAT_WORDS) lastBlock = text;
    if (again) {
      found.push({ el, ruleId: REPEAT_ID, reason: REPEAT_REASON });
    } else if (isOneOf(el, HEADINGS) && wantedTitles.has(foldTitle(text))) {
      found.push({ el, ruleId: HEADLINE_ECHO_ID, reason: HEADLINE_ECHO_REASON });
    } else if (
      wantedByline !== '' &&
      isOneOf(el, LINES) &&
      words <= MAX_BYLINE_WORDS &&
      foldByline(text) === wantedByline
    ) {
      found.push({ el, ruleId: BYLINE_ECHO_ID, reason: BYLINE_ECHO_REASON });
    }
  }
  // The two together are the page's header: a byline line beside the headline. Either alone stays: the same name
  // opening the body is the author's own line ("Staff Reports"), and a headline with no byline beside it may be
  // the body's own first heading, which the older drop of a leading title judges (see pipeline.ts).
  const headlines = found.filter((f) => f.ruleId === HEADLINE_ECHO_ID);
  const bylines = found.filter((f) => f.ruleId === BYLINE_ECHO_ID);
  const paired = (a: Echo, b: Echo): boolean => a.el.parentElement?.contains(b.el) === true;
  return found.filter((f) => {
    if (f.ruleId === HEADLINE_ECHO_ID) return bylines.some((b) => paired(b, f));
    if (f.ruleId === BYLINE_ECHO_ID) return headlines.some((h) => paired(f, h));
    return true;
  });
}

/** A byline's words without the "By" before them: "By ROBERT BURNS, AP Writer" reads as "robert burns ap writer". */
function foldByline(text: string): string {
  return foldTitle(text).replace(/^by\s+/, '');
}
