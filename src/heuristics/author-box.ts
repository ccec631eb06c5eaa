/**
 * Author promo box: a few short lines (name, job title) ending in a social @handle, e.g.
 * "Dominic Waghorn · International affairs editor · @DominicWaghorn". A by-line inside prose has more words.
 */
import type { Heuristic } from './heuristic';

const ENDS_WITH_HANDLE = /(^|\s)@[A-Za-z0-9_]{2,30}$/;
const MAX_WORDS = 25;

export const authorBox: Heuristic = {
  name: 'author-box',
  reason: 'Author promo box',
  find(root, index) {
    const found: Element[] = [];
    for (const el of index.all('div, aside, section, header, p, span, a')) {
      // A lone handle is usually an embedded post's author; a promo box has a name and title before it.
      const words = index.words(el);
      if (words < 3 || words > MAX_WORDS || !ENDS_WITH_HANDLE.test(index.text(el))) continue;
      // Take the largest box around the handle that is still only a promo (few words, no prose paragraph).
      let box = el;
      for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
        const upText = index.text(up);
        if (index.words(up) > MAX_WORDS || !ENDS_WITH_HANDLE.test(upText) || /[.!?]\s/.test(upText)) break;
        box = up;
      }
      found.push(box);
    }
    return found;
  },
};
