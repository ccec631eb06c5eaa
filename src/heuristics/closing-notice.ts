/**
 * Closing notice: a short block after the article's last paragraph that speaks about the article rather than
 * being part of it:
 *
 * - a copyright, reprint or licence notice: "© 2022, Example News. This article is the copyrighted property of …",
 *   "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND", "Tous droits réservés". The © sign, "(c) 2022",
 *   "Copyright 2022" and a Creative Commons licence code ("CC BY-SA") are the same in every language; the rest is phrase data
 *   (`rights` in ./phrases).
 * - a plea for support or sign-up that links somewhere: "If you enjoyed this post, would you consider supporting
 *   our work? Just click here.", "Apoya el periodismo … apóyanos", "Do you want our news? Sign up here" (`appeals`).
 *
 * - a sign-off of agency and author codes, the wire services' convention in every language: "aja/PAP",
 *   "kas/dpa", "(mm/AFP)", or a source's name alone in capitals ("RIRM", "AFP"). The same letters inside a
 *   sentence, or on a line with other words, are not one.
 *
 * All are read only after the body: the same words in a paragraph that more of the article's prose follows stay,
 * so an article about copyright keeps its text. The box around a match (a heading "While you are here", a sign-off,
 * the button) goes with it while each step up adds only a few short lines and no picture.
 */
import type { TextIndex } from '../dom/text-index';
import type { Heuristic } from './heuristic';
import { phrasesFor, type PhraseMatcher } from './phrases/match';
import { tags, hasTagInside, isOneOf } from '../dom/tags';

/** A notice is a few sentences; a longer block is the article's own text that happens to share the words. */
const MAX_NOTICE_WORDS = 80;
/** The box around it: the notice, a heading, a button and a line on who pays for the site. */
const MAX_BOX_WORDS = 120;
/** Words each step up may add to the box: a heading or a sign-off, never another paragraph of prose. */
const MAX_STEP_WORDS = 25;
/** A paragraph this long is the article's prose: the notice comes after the last one that is not a notice. */
const PROSE_WORDS = 20;
const CANDIDATES = 'p, div, section, aside, footer, li, small';
const PROSE = 'p, li, blockquote, pre, td';
const CANDIDATE_TAGS = tags(CANDIDATES);
const PROSE_TAGS = tags(PROSE);
const MEDIA = tags('img, picture, figure, video, iframe, svg, table');
const HEADLINE = tags('h1');
/** Language-independent marks of a rights notice: "©", "(c) 2022", "Copyright 2022", a licence code ("CC BY-NC"). */
const RIGHTS_MARK = /©|\(c\)\s*\d{4}|copyright\s*(\(c\)|\d{4})|\bcc[- ]by\b/iu;
/** "aja/PAP", "kas/dpa", "(mm/AFP/Reuters)": short codes joined by slashes, and nothing else. */
const AGENCY_CODES = /^\(?\p{L}{2,6}(\s?\/\s?\p{L}{2,10}){1,3}\)?$/u;
/** "RIRM", "AFP": one word in capitals. */
const SOURCE_IN_CAPS = /^\(?\p{Lu}{2,8}\)?$/u;

export const closingNotice: Heuristic = {
  name: 'closing-notice',
  reason: 'Copyright notice, sign-off or plea for support after the article',
  // The article's end is known only once Readability has picked the article.
  articleOnly: true,
  find(root, index) {
    const phrases = phrasesFor(root, () => index.text(root));
    const isNotice = (el: Element): boolean => noticeKind(index.text(el), phrases) !== null;
    // One walk in document order: what follows the last paragraph of prose is the article's tail.
    const blocks = index.all(`${CANDIDATES}, ${PROSE}`);
    let end = -1;
    blocks.forEach((el, i) => {
      if (isOneOf(el, PROSE_TAGS) && index.words(el) >= PROSE_WORDS && !isNotice(el)) end = i;
    });
    const lastBody = blocks[end];
    if (!lastBody) return [];
    const found: Element[] = [];
    for (const el of blocks.slice(end + 1)) {
      const words = index.words(el);
      if (words === 0 || words > MAX_NOTICE_WORDS || lastBody.contains(el) || !isOneOf(el, CANDIDATE_TAGS))
        continue;
      const kind = noticeKind(index.text(el), phrases);
      if (kind === null || hasTagInside(el, MEDIA) || hasTagInside(el, HEADLINE)) continue;
      const box = boxOf(el, root, lastBody, index);
      // A plea points to where the reader signs up or pays; one with no link is the author's own closing line.
      if (kind === 'appeal' && box.querySelector('a[href]') === null) continue;
      found.push(box);
    }
    return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  },
};

function noticeKind(text: string, phrases: PhraseMatcher): 'rights' | 'appeal' | 'signoff' | null {
  if (AGENCY_CODES.test(text) || SOURCE_IN_CAPS.test(text)) return 'signoff';
  if (RIGHTS_MARK.test(text) || phrases.rights(text)) return 'rights';
  if (phrases.appeal(text)) return 'appeal';
  return null;
}

/** The notice and the short lines around it that belong to the same box (heading, sign-off, button). */
function boxOf(el: Element, root: Element, lastBody: Element, index: TextIndex): Element {
  let box = el;
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
    if (up.contains(lastBody) || isOneOf(up, MEDIA) || hasTagInside(up, MEDIA) || hasTagInside(up, HEADLINE))
      break;
    const words = index.words(up);
    if (words > MAX_BOX_WORDS || words - index.words(box) > MAX_STEP_WORDS) break;
    box = up;
  }
  return box;
}
