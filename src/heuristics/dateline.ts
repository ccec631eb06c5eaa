/**
 * Dateline: the "Published 10:48, Tue, Nov 19, 2019 | Updated …", "Posted on March 30, 2015 by Admin" or
 * "By Jane Doe · 11/18/19 11:04 PM EST" line. It is metadata (the result carries byline and date), not body
 * text. Only a short block that opens with such a label and carries a date or time, or is a bare "By Name".
 */
import type { Heuristic } from './heuristic';
import { hasTagInside, tags } from '../dom/tags';

const LABEL = /^(published|updated|posted|last updated|first published|modified|date)\b/i;
const PARAGRAPH = tags('p');
const DATE_OR_TIME = /\d{1,2}[:.]\d{2}|\d{4}|\b\d{1,2}\/\d{1,2}\b|\b(ago|today|yesterday)\b/i;
// "and" between names needs spaces around it: a name's letters could spell "and" too ("AandA…"), and that
// ambiguity made this pattern backtrack exponentially (36 × "andA" took 20 s).
const BARE_BYLINE =
  /^[Bb]y\s+[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,3}((\s*[,&]\s*|\s+and\s+)[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,3})*$/u;

export const dateline: Heuristic = {
  name: 'dateline',
  reason: 'Date and byline line',
  // Readability reads the byline from this very block, so it must see it before the block goes.
  articleOnly: true,
  find(_root, index) {
    return index.all('p, div, span, time, header, small, li').filter((el) => {
      const words = index.words(el);
      if (words === 0 || words > 20) return false;
      const text = index.text(el);
      const label = LABEL.test(text);
      const by = /^by\s/i.test(text);
      if (!label && !by) return false;
      if (hasTagInside(el, PARAGRAPH)) return false;
      if (label) return DATE_OR_TIME.test(text);
      return (DATE_OR_TIME.test(text) && !/[.!?]\s/.test(text)) || BARE_BYLINE.test(text);
    });
  },
};
