/**
 * Look-alike text: a block written in Latin words whose letters are partly Cyrillic or Greek look-alikes ("о"
 * for "o", "е" for "e", "ѕ" for "s"). Ad and spam boxes spell themselves so to slip past text filters; an
 * article never does, in any language: a Russian or Greek story that names a Latin brand writes it as its own
 * word. Cut when at least three words mix the alphabets and they are a good share of the block's words, so an
 * article container that holds such a box among its paragraphs is not taken with it.
 */
import type { Heuristic } from './heuristic';

const MIN_MIXED_WORDS = 3;
const MIN_MIXED_SHARE = 0.3;
const WORD = /\p{L}+/gu;
const LATIN = /\p{Script=Latin}/u;
const LOOK_ALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

export function isLookAlikeText(text: string): boolean {
  // Cheap first: no letter of either look-alike alphabet, no mixed word.
  if (!LOOK_ALIKE.test(text)) return false;
  const words = text.match(WORD) ?? [];
  let mixed = 0;
  for (const word of words) if (LATIN.test(word) && LOOK_ALIKE.test(word)) mixed++;
  return mixed >= MIN_MIXED_WORDS && mixed >= words.length * MIN_MIXED_SHARE;
}

export const lookAlikeText: Heuristic = {
  name: 'look-alike-text',
  reason: 'Text spelled with look-alike letters of another alphabet (an ad or spam trick)',
  find(root, index) {
    // Most pages hold no Cyrillic or Greek letter at all: one test of the whole text instead of one per block.
    if (!LOOK_ALIKE.test(index.text(root))) return [];
    return index
      .all('p, div, li, section, aside, span, td, blockquote')
      .filter((el) => isLookAlikeText(index.text(el)));
  },
};
