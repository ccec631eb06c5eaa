/** Hashtag row: a block that is nothing but #tags, the trail many aggregators print under a story. */
import type { Heuristic } from './heuristic';

const ONLY_TAGS = /^(#[\p{L}\p{N}_]+[\s,]*)+$/u;

export const hashtagRow: Heuristic = {
  name: 'hashtag-row',
  reason: 'Hashtags row',
  find(_root, index) {
    return index.all('div, p, ul, section, span').filter((el) => {
      const text = index.text(el);
      return text.startsWith('#') && ONLY_TAGS.test(text);
    });
  },
};
