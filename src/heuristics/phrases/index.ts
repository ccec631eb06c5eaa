/**
 * Clutter phrases per language, and the choice of which lists a page gets: English always (it leaks into every
 * site's widgets), the page's declared `lang`, and the language its text is written in when that differs (many
 * pages declare nothing, or the CMS default).
 */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import type { PhraseList } from './types';

export type { PhraseList } from './types';

export const PHRASE_LISTS: readonly PhraseList[] = [en, de, fr, es, it, pt, nl, pl];

/** How much of the page's text is sampled to recognise its language. */
const SAMPLE_CHARS = 20_000;
/** A language counts when its stopwords are at least this share of the sampled words. */
const MIN_STOPWORD_SHARE = 0.08;

export function listsFor(doc: Document, text: string): PhraseList[] {
  const declared = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const chosen = new Set<PhraseList>([en]);
  for (const list of PHRASE_LISTS) if (list.lang === declared) chosen.add(list);
  const detected = detectLanguage(text.slice(0, SAMPLE_CHARS));
  if (detected) chosen.add(detected);
  return Array.from(chosen);
}

/**
 * Each stopword's weight in each list (how many times the list names it), by word: the text's words are looked up
 * here as they are read, and no count of every word is kept. Built on first use.
 */
let stopwordWeights: Map<string, Int32Array> | null = null;

function weights(): Map<string, Int32Array> {
  if (!stopwordWeights) {
    stopwordWeights = new Map();
    PHRASE_LISTS.forEach((list, i) => {
      for (const word of list.stopwords) {
        let row = stopwordWeights?.get(word);
        if (!row) {
          row = new Int32Array(PHRASE_LISTS.length);
          stopwordWeights?.set(word, row);
        }
        row[i] = (row[i] as number) + 1;
      }
    });
  }
  return stopwordWeights;
}

const LETTER_RUN = /[\p{L}]+/gu;

/** The list whose stopwords are most frequent in the text, when they are frequent enough to mean something. */
export function detectLanguage(text: string): PhraseList | null {
  const byWord = weights();
  const hits = new Array<number>(PHRASE_LISTS.length).fill(0);
  let words = 0;
  const lower = text.toLowerCase();
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(lower); m !== null; m = LETTER_RUN.exec(lower)) {
    words++;
    const row = byWord.get(m[0]);
    if (row) for (let i = 0; i < row.length; i++) hits[i] = (hits[i] as number) + (row[i] as number);
  }
  if (words < 20) return null;
  let best: PhraseList | null = null;
  let bestShare = MIN_STOPWORD_SHARE;
  PHRASE_LISTS.forEach((list, i) => {
    const share = (hits[i] as number) / words;
    if (share > bestShare) {
      best = list;
      bestShare = share;
    }
  });
  return best;
}
