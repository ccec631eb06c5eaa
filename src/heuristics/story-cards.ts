/**
 * Story cards: a group of sibling cards, each a linked headline with at most a short teaser, i.e. a grid of
 * other stories ("recommendation cards", "more from this newsletter"), with or without a heading announcing
 * it. A listicle's sections are longer than a teaser, so they stay.
 */
import type { TextIndex } from '../dom/text-index';
import { closestTag, isOneOf, tags } from '../dom/tags';
import type { Heuristic } from './heuristic';

const LINK = tags('a');
const HEADING = tags('h2, h3, h4');
const MIN_CARDS = 2;
const MAX_CARD_WORDS = 160;

export const storyCards: Heuristic = {
  name: 'story-cards',
  reason: 'Cards linking to other stories',
  maxShare: 0.5,
  find(root, index) {
    // Everything that holds a linked headline of three or more words, found from the headlines upwards.
    const holdsHeadline = new Set<Element>();
    for (const headline of linkedHeadlines(index)) {
      if (index.words(headline) < 3) continue;
      for (
        let cur: Element | null = headline;
        cur && cur !== root && !holdsHeadline.has(cur);
        cur = cur.parentElement
      ) {
        holdsHeadline.add(cur);
      }
    }
    const containers = new Set<Element>();
    for (const el of holdsHeadline) if (el.parentElement) containers.add(el.parentElement);
    return Array.from(containers).filter((el) => {
      if (!['div', 'section', 'ul', 'ol', 'aside'].includes(el.localName)) return false;
      const children = Array.from(el.children).filter((c) => index.text(c) !== '');
      const cards = children.filter((c) => holdsHeadline.has(c) && index.words(c) <= MAX_CARD_WORDS);
      return cards.length >= MIN_CARDS && cards.length >= 0.8 * children.length;
    });
  },
};

/**
 * `a h2, a h3, a h4, h2 a, h3 a, h4 a, a[class*="title"], a[class*="headline"]` as a check over the subtree's
 * elements (the index's walk, in document order): that selector list sent linkedom's selector engine over the
 * whole document on every pass. Ancestors are read up the whole tree, as a descendant combinator reads them.
 */
function linkedHeadlines(index: TextIndex): Element[] {
  return index.all('*').filter((el) => {
    if (isOneOf(el, HEADING)) return el.parentElement !== null && closestTag(el.parentElement, LINK) !== null;
    if (!isOneOf(el, LINK)) return false;
    const names = el.getAttribute('class');
    if (names !== null && (names.includes('title') || names.includes('headline'))) return true;
    return el.parentElement !== null && closestTag(el.parentElement, HEADING) !== null;
  });
}
