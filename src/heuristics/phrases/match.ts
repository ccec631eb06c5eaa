/**
 * Matchers built from the phrase lists of a page's languages, once per list set. Entries are plain text and
 * escaped here, so a list is data a translator can edit without knowing regular expressions.
 */
import { listsFor, type PhraseList } from './index';

export interface PhraseMatcher {
  /** The whole block is a widget line ("Diesen Artikel teilen", "Comments (3)"). */
  line(text: string): boolean;
  /** The block opens with a label and a colon ("Foto: dpa", "Aktualisiert: 03.04.2020", "Titelbild:"). */
  label(text: string): boolean;
  /** The block announces a list of other pages ("Lesen Sie auch", "Lire aussi :"). */
  announce(text: string): boolean;
  /** The text opens with a photo credit's label ("Photo: …", "Foto: dpa", "Fot. PAP"). */
  creditLabel(text: string): boolean;
}

const cache = new WeakMap<Element, PhraseMatcher>();

/** The matcher for the page `root` belongs to (its languages are read once per subtree). */
export function phrasesFor(root: Element, rootText: string): PhraseMatcher {
  let matcher = cache.get(root);
  if (!matcher) {
    matcher = buildMatcher(listsFor(root.ownerDocument, rootText));
    cache.set(root, matcher);
  }
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
  const announce = new RegExp(`^(${alt((l) => l.announce)})[\\s.:!…]*$`, 'iu');
  // A colon after the label, or a space after one that is an abbreviation ("Fot. PAP").
  const creditLabel = new RegExp(`^(${alt((l) => l.credits)})(\\s*:|(?<=\\.)\\s)`, 'iu');
  return {
    line: (text) => line.test(text),
    label: (text) => label.test(text),
    announce: (text) => announce.test(text),
    creditLabel: (text) => creditLabel.test(text),
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
