/**
 * Matchers built from the phrase lists of a page's languages, once per list set. Entries are plain text and
 * escaped here, so a list is data a translator can edit without knowing regular expressions.
 */
import { countWords } from '../../dom/text';
import { listsFor, type PhraseList } from './index';

export interface PhraseMatcher {
  /** The whole block is a widget line ("Diesen Artikel teilen", "Comments (3)"). */
  line(text: string): boolean;
  /** The block opens with a label and a colon ("Foto: dpa", "Aktualisiert: 03.04.2020", "Titelbild:"). */
  label(text: string): boolean;
  /**
   * The block opens with a label and a colon, or a label, a pointing separator and more text: "Lire aussi : …",
   * "À lire aussi » …", "Lesen Sie auch – …", "Leia também | …". A pointer to another page only when the rest is
   * a link (the caller checks): a dash after a label is also how prose goes on.
   */
  pointerLabel(text: string): boolean;
  /**
   * What follows a label set without a colon, only a space after it ("Aktualisiert am 17.01.2021." →
   * "17.01.2021."), or null when the text opens with no label. For a date after a label: "Updated on March 3, 2021",
   * "Mis à jour le 4 mai 2021", "Actualizado el 03/05/2021".
   */
  afterLabel(text: string): string | null;
  /** The block announces a list of other pages ("Lesen Sie auch", "Lire aussi :"). */
  announce(text: string): boolean;
  /**
   * The block opens with the words of an announcement and names its topic after them, in a few words and no
   * sentence: "Mehr zu Klima und Konsum", "Mehr zum Thema auf Example.de", "More about the harbour".
   */
  announceLead(text: string): boolean;
  /** The text opens with a photo credit's label ("Photo: …", "Foto: dpa", "Fot. PAP"). */
  creditLabel(text: string): boolean;
  /**
   * The block is a date with a month name and nothing else, give or take a weekday, a time and a short label:
   * "16 marca 2021", "Dienstag, 6. Mai 2014", "May 4, 2021 at 10:30", "Release Date: 4 de mayo de 2021".
   */
  namedDate(text: string): boolean;
  /**
   * The block is a post's counters and nothing else, each a number with what it counts before or after it:
   * "1.248 Aufrufe", "Views: 184", "1,2K views · 3 comments", "Komentarze (5)".
   */
  counter(text: string): boolean;
  /** The text opens with an advertising disclosure's label, then punctuation or nothing ("*Werbung. Dieser …"). */
  adDisclosure(text: string): boolean;
  /** The text holds the words of a copyright, reprint or licence notice ("All rights reserved"), as whole words. */
  rights(text: string): boolean;
  /** The text holds the words of a plea for support or sign-up ("Support our journalism"), as whole words. */
  appeal(text: string): boolean;
}

const cache = new WeakMap<Element, PhraseMatcher>();
/**
 * Matchers already built, by their lists (the same module-level list objects on every page): pages share a
 * handful of language sets, and compiling the alternations of every phrase cost more than using them.
 */
const built: { lists: readonly PhraseList[]; matcher: PhraseMatcher }[] = [];

/**
 * The matcher for the page `root` belongs to (its languages are read once per subtree). The text is asked for only
 * when the subtree has no matcher yet: the stages after Readability ask again for the body the page stage read,
 * and normalising a whole page's text is the cost of a tree walk.
 */
export function phrasesFor(root: Element, rootText: () => string): PhraseMatcher {
  let matcher = cache.get(root);
  if (!matcher) {
    matcher = matcherFor(listsFor(root.ownerDocument, rootText()));
    cache.set(root, matcher);
  }
  return matcher;
}

function matcherFor(lists: readonly PhraseList[]): PhraseMatcher {
  const same = built.find(
    (entry) => entry.lists.length === lists.length && entry.lists.every((list, i) => list === lists[i]),
  );
  if (same) return same.matcher;
  const matcher = buildMatcher(lists);
  built.push({ lists, matcher });
  return matcher;
}

export function buildMatcher(lists: readonly PhraseList[]): PhraseMatcher {
  const alt = (pick: (l: PhraseList) => readonly string[]): string =>
    lists
      .flatMap(pick)
      .map(escape)
      .sort((a, b) => b.length - a.length)
      .join('|');
  // Closing punctuation, and a count such as "(12)" or "12" after a widget label.
  const line = new RegExp(`^(${alt((l) => l.lines)})\\s*(\\(?\\d+\\)?)?[\\s.:!…]*$`, 'iu');
  const label = new RegExp(`^(${alt((l) => l.labels)})\\s*:`, 'iu');
  const spacedLabel = new RegExp(`^(${alt((l) => l.labels)})\\s+`, 'iu');
  const pointerLabel = new RegExp(`^(${alt((l) => l.labels)})\\s*(:|[»›>|–—]\\s*\\S)`, 'iu');
  const announce = new RegExp(`^(${alt((l) => l.announce)})[\\s.:!…]*$`, 'iu');
  // A topic after the lead (a site name may hold a dot: "auf Example.de"); no sentence break, checked below.
  const announceLead = new RegExp(`^(${alt((l) => l.announceLeads)})\\s+\\S.{0,50}$`, 'iu');
  // A colon after the label, or a space after one that is an abbreviation ("Fot. PAP").
  const creditLabel = new RegExp(`^(${alt((l) => l.credits)})(\\s*:|(?<=\\.)\\s)`, 'iu');
  const month = `(${alt((l) => l.months)})\\.?`;
  const day = '\\d{1,2}(\\.|st|nd|rd|th|er)?';
  const dayMonth = `(${day}\\s+(de\\s+)?${month}|${month}\\s+${day})(,?\\s+(de\\s+)?\\d{4})?`;
  const time = '(,?\\s+(um|at|à|a las|alle|às|om|o)?\\s*\\d{1,2}[:.h]\\d{2}(\\s*(uhr|h|am|pm))?)?';
  // An optional short label ("Publiziert:", "Release Date:") and weekday ("Dienstag,", "Tuesday").
  const namedDate = new RegExp(`^(\\p{L}[\\p{L} ]{0,24}:\\s*)?(\\p{L}+,?\\s+)?${dayMonth}${time}\\s*$`, 'iu');
  // "1.248", "1,2K", "40 000": a count as sites print it; then counts joined by separators and nothing else.
  const count = '\\d+([.,\\s]\\d+)*\\s?[kmKM]?';
  const counted = `(${alt((l) => l.counters)})`;
  const oneCount = `(${count}\\s*${counted}|${counted}\\s*:?\\s*\\(?${count}\\)?)`;
  const counter = new RegExp(`^${oneCount}([\\s·•|/,–-]+${oneCount})*$`, 'iu');
  const adDisclosure = new RegExp(`^\\*?\\s*(${alt((l) => l.ads)})\\s*([.,:;|–—-]|$)`, 'iu');
  // Inside a block, as whole words: "nachdruck verboten" is not "nachdruck verbotener", "steun ons" not "steun onsite".
  const within = (pick: (l: PhraseList) => readonly string[]): RegExp =>
    new RegExp(`(?<![\\p{L}\\p{N}])(${alt(pick)})(?![\\p{L}\\p{N}])`, 'iu');
  const rights = within((l) => l.rights);
  const appeal = within((l) => l.appeals);
  return {
    rights: (text) => rights.test(text),
    appeal: (text) => appeal.test(text),
    namedDate: (text) => namedDate.test(text),
    counter: (text) => counter.test(text),
    adDisclosure: (text) => adDisclosure.test(text),
    line: (text) => line.test(text),
    label: (text) => label.test(text),
    pointerLabel: (text) => pointerLabel.test(text),
    afterLabel: (text) => {
      const m = spacedLabel.exec(text);
      return m ? text.slice(m[0].length) : null;
    },
    announce: (text) => announce.test(text),
    announceLead: (text) =>
      announceLead.test(text) && !/[.!?]["”’]?(\s+\S|$)/u.test(text) && countWords(text) <= 10,
    creditLabel: (text) => creditLabel.test(text),
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
