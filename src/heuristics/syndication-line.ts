/**
 * Syndication line: "<headline> originally appeared on abcnews.go.com", "This article is republished from
 * The Conversation under a Creative Commons license". Only a short block that is one such statement, not a
 * sentence of prose that mentions where an essay first ran.
 */
import type { Heuristic } from './heuristic';
import { hasTagInside, tags } from '../dom/tags';

const CHEAP = /originally|first (appeared|published|ran|posted)|republished|original article/i;
const PATTERNS = [
  /\b(originally|first) (appeared|published|ran|posted) (on|in|at) [^\s]+(\s[^\s]+){0,5}\.?$/i,
  /^This (article|story|post) (is|was) republished from .{1,80} under a Creative Commons licen[cs]e\.( Read the original article\.?)?$/i,
  /^Read the original article( on [^.]{1,40})?\.?$/i,
];
const BLOCKS = tags('p, div');

export const syndicationLine: Heuristic = {
  name: 'syndication-line',
  reason: 'Syndication notice',
  find(_root, index) {
    return index.all('p, div, em, i, span, small').filter((el) => {
      const text = index.text(el);
      if (!CHEAP.test(text) || index.words(el) > 40 || hasTagInside(el, BLOCKS)) return false;
      // One statement: no sentence break before the end (domain names aside).
      if (/[.!?]["”’]?\s+\S/.test(text.replace(/\b[a-z0-9-]+\.[a-z]{2,}/gi, 'x'))) return false;
      return PATTERNS.some((re) => re.test(text));
    });
  },
};
