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

/** The list whose stopwords are most frequent in the text, when they are frequent enough to mean something. */
export function detectLanguage(text: string): PhraseList | null {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length < 20) return null;
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  let best: PhraseList | null = null;
  let bestShare = MIN_STOPWORD_SHARE;
  for (const list of PHRASE_LISTS) {
    const hits = list.stopwords.reduce((n, w) => n + (counts.get(w) ?? 0), 0);
    const share = hits / words.length;
    if (share > bestShare) {
      best = list;
      bestShare = share;
    }
  }
  return best;
}
