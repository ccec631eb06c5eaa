/**
 * Author promo box: a few short lines (name, job title) ending in a social @handle, e.g.
 * "Dominic Waghorn · International affairs editor · @DominicWaghorn". A by-line inside prose has more words.
 */
import { wordCount, type Heuristic } from './heuristic';

const ENDS_WITH_HANDLE = /(^|\s)@[A-Za-z0-9_]{2,30}$/;

export const authorBox: Heuristic = {
  name: 'author-box',
  reason: 'Author promo box',
  find(root, textOf) {
    const found: Element[] = [];
    for (const el of Array.from(root.querySelectorAll('div, aside, section, header, p, span, a'))) {
      const text = textOf(el);
      // A lone handle is usually an embedded post's author; a promo box has a name and title before it.
      if (!ENDS_WITH_HANDLE.test(text) || wordCount(text) > 25 || wordCount(text) < 3) continue;
      // Take the largest box around the handle that is still only a promo (few words, no prose paragraph).
      let box = el;
      for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
        const upText = textOf(up);
        if (wordCount(upText) > 25 || !ENDS_WITH_HANDLE.test(upText) || /[.!?]\s/.test(upText)) break;
        box = up;
      }
      found.push(box);
    }
    return found;
  },
};
