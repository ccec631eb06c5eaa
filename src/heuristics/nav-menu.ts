/**
 * Navigation menu: a run of many short links and nothing else ("Sign In Home News Sports Business …").
 * Readability keeps such menus when they share a container with the story. A list of further reading in an
 * article has fewer, longer links (headlines), so it stays.
 */
import { linkDensity } from '../dom/text';
import { wordCount, type Heuristic } from './heuristic';

const MIN_LINKS = 6;
const MAX_WORDS_PER_LINK = 3;

export const navMenu: Heuristic = {
  name: 'nav-menu',
  reason: 'Site navigation menu',
  find(root, textOf) {
    return Array.from(root.querySelectorAll('ul, ol, div, nav, p, section')).filter((el) => {
      const links = Array.from(el.querySelectorAll('a')).filter((a) => textOf(a) !== '');
      if (links.length < MIN_LINKS) return false;
      const words = links.reduce((sum, a) => sum + wordCount(textOf(a)), 0);
      return words / links.length <= MAX_WORDS_PER_LINK && linkDensity(el) >= 0.85;
    });
  },
};
