/**
 * Boilerplate line: a short block that is one widget label or metadata line in the page's language(s), from the
 * phrase lists in ./phrases: "Diesen Artikel teilen", "Valora esta noticia", "Kommentar schreiben" (the whole
 * block), "Foto: dpa", "Titelbild: …", "Aktualisiert: 03.04.2020", "MIRA: <another headline>" (a labelled line),
 * a post's counters alone ("1.248 Aufrufe · 7 Kommentare", "Views: 184"), or a date alone (numbers, or a month name in the page's languages: "16 marca 2021", "Dienstag, 6. Mai 2014",
 * with a time or a short label of any language before it), or an advertising disclosure in small print ("*Werbung.
 * Dieser Beitrag enthält Werbung für …", "Anzeige, enthält Affiliate Links"). Only whole blocks with no sentence break inside, so prose that mentions "share" or opens with
 * "Photo:" in the middle of a paragraph stays.
 *
 * A labelled line whose words after the label are a link ("Czytaj też: <a>Starcie USA–Chiny. Pół miliona ton</a>",
 * "PUEDES VER: <a>…</a>", "À lire aussi » <a>…</a>", "Lesen Sie auch – <a>…</a>": after a colon or a pointing
 * separator) points to another page: the linked headline may hold a full stop, and the line may sit in
 * a <blockquote> as a pull-out. An unlinked labelled line in a quote is the author's own quoted example and stays.
 */
import type { TextIndex } from '../dom/text-index';
import type { Heuristic } from './heuristic';
import { phrasesFor, type PhraseMatcher } from './phrases/match';
import { hasTagInside, isOneOf, tags } from '../dom/tags';

const MAX_LINE_WORDS = 8;
const BLOCKS = tags('p, div, li');
const QUOTED_OR_CELL = tags('td, th, blockquote, pre, code');
const MAX_LABEL_WORDS = 20;
/** Share of a labelled line's characters in links for the line to be a pointer to another page. */
const POINTER_LINK_SHARE = 0.5;
/** "03.04.2020", "2020-04-03", "3/4/2020 14:05", "03.04.2020, 14:05 Uhr": a date and nothing else. */
const DATE_ONLY =
  /^(\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2})(,?\s+(um\s+)?\d{1,2}[:.]\d{2}(\s*(uhr|h))?)?$/i;
/** A short label of any language before such a date: "Publiziert: 03.04.2020, 12:35", "Stand: 2020-04-03". */
const LABEL_BEFORE = /^\p{L}[\p{L} ]{0,24}:\s*/u;
const HEADING = tags('h1, h2, h3, h4, h5, h6');
const MAX_DISCLOSURE_WORDS = 15;
const SMALL_PRINT = tags('em, i, small, sub');
const BOLD = tags('strong, b');

/** What the text alone says of a block, one bit a test: each judged once per distinct text of a pass, when asked. */
const POINTER_LABEL = 1;
const LINE = 2;
const DATE_OR_COUNTER = 4;
const DATED = 8;
const DISCLOSURE = 16;
const LABEL = 32;
/** Beside each answer's bit, whether it is known yet: the bit shifted by this much. */
const KNOWN = 8;

/** The text tests' answers by text, per pass (one index per pass) and so for one set of phrase lists. */
const textBitsCache = new WeakMap<TextIndex, Map<string, number>>();

/** The answer of one text test (the words are the text's: `TextIndex.words` counts them from it). */
function textTest(bit: number, text: string, words: number, phrases: PhraseMatcher): boolean {
  switch (bit) {
    case POINTER_LABEL:
      return phrases.pointerLabel(text);
    case LINE:
      return words <= MAX_LINE_WORDS && phrases.line(text);
    case DATE_OR_COUNTER:
      return DATE_ONLY.test(text) || phrases.counter(text);
    case DATED:
      return (
        phrases.namedDate(text) ||
        DATE_ONLY.test(text.replace(LABEL_BEFORE, '')) ||
        labelledDate(text, phrases)
      );
    case DISCLOSURE:
      return words <= MAX_DISCLOSURE_WORDS && phrases.adDisclosure(text);
    default:
      // A labelled line is one statement: no sentence ends before its end.
      return phrases.label(text) && !/[.!?]["”’]?\s+\S/.test(text);
  }
}

/** `textTest`'s answer, remembered in `known` by text. */
function says(
  bit: number,
  text: string,
  words: number,
  phrases: PhraseMatcher,
  known: Map<string, number>,
): boolean {
  let bits = known.get(text) ?? 0;
  if ((bits & (bit << KNOWN)) === 0) {
    bits |= (bit << KNOWN) | (textTest(bit, text, words, phrases) ? bit : 0);
    known.set(text, bits);
  }
  return (bits & bit) !== 0;
}

export const boilerplateLine: Heuristic = {
  name: 'boilerplate-line',
  reason: 'Widget label or metadata line',
  find(root, index) {
    const phrases = phrasesFor(root, () => index.text(root));
    let memo = textBitsCache.get(index);
    if (!memo) {
      memo = new Map();
      textBitsCache.set(index, memo);
    }
    const known = memo;
    return index
      .all('p, div, span, li, h2, h3, h4, h5, h6, a, button, small, time, label, blockquote')
      .filter((el) => {
        const words = index.words(el);
        if (words === 0 || words > MAX_LABEL_WORDS || hasTagInside(el, BLOCKS)) return false;
        const text = index.text(el);
        const pointer =
          says(POINTER_LABEL, text, words, phrases, known) && index.linkDensity(el) >= POINTER_LINK_SHARE;
        const quoted = index.closest(el, QUOTED_OR_CELL);
        if (quoted !== null && !(pointer && quoted.localName === 'blockquote')) return false;
        if (says(LINE, text, words, phrases, known)) return true;
        if (says(DATE_OR_COUNTER, text, words, phrases, known)) return true;
        // A date with a month name, or after a label, is post metadata; as a heading it is a chronology's own
        // section ("4. August 1914"), so headings keep it, and so does a date set in bold as a line of its own
        // (a heading written without a heading tag).
        if (
          says(DATED, text, words, phrases, known) &&
          !isOneOf(el, HEADING) &&
          !setIn(el, text, index, BOLD)
        )
          return true;
        if (pointer) return true;
        if (says(DISCLOSURE, text, words, phrases, known) && setIn(el, text, index, SMALL_PRINT)) return true;
        return says(LABEL, text, words, phrases, known);
      });
  },
};

/**
 * A date after a label of the page's languages set with no colon, only a space, and perhaps a full stop after it:
 * "Aktualisiert am 17.01.2021.", "Updated on March 3, 2021", "Mis à jour le 4 mai 2021". The label must be one of
 * the phrase lists' labels: any words before a date would take an event's line ("Eröffnung 16. März 2021").
 */
function labelledDate(text: string, phrases: PhraseMatcher): boolean {
  const rest = phrases.afterLabel(text)?.replace(/\.$/, '');
  return rest !== undefined && (DATE_ONLY.test(rest) || phrases.namedDate(rest));
}

/**
 * Whether the whole block is set in one of `style`'s tags: it is one itself, or one such element holds all its
 * text. Small print (italic, `<small>`) sets an advertising disclosure apart, where a sentence of prose that opens
 * with "Werbung," is not; bold makes a line a heading without a heading tag.
 */
function setIn(el: Element, text: string, index: TextIndex, style: ReturnType<typeof tags>): boolean {
  if (isOneOf(el, style)) return true;
  const only = el.children.length === 1 ? el.children[0] : undefined;
  return only !== undefined && isOneOf(only, style) && index.text(only) === text;
}
