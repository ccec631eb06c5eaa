/**
 * Navigation menu: a run of many short links and nothing else ("Sign In Home News Sports Business …").
 * Readability keeps such menus when they share a container with the story. A list of further reading in an
 * article has fewer, longer links (headlines), so it stays.
 */
import type { Heuristic } from './heuristic';

const MIN_LINKS = 6;
const MAX_WORDS_PER_LINK = 3;

export const navMenu: Heuristic = {
  name: 'nav-menu',
  reason: 'Site navigation menu',
  find(_root, index) {
    return index.all('ul, ol, div, nav, p, section').filter((el) => {
      const links = index.links(el);
      if (links.count < MIN_LINKS || links.words / links.count > MAX_WORDS_PER_LINK) return false;
      return index.linkDensity(el) >= 0.85;
    });
  },
};
