/**
 * Story cards: a group of sibling cards, each a linked headline with at most a short teaser, i.e. a grid of
 * other stories ("recommendation cards", "more from this newsletter"), with or without a heading announcing
 * it. A listicle's sections are longer than a teaser, so they stay.
 */
import type { Heuristic } from './heuristic';

const HEADLINE = 'a h2, a h3, a h4, h2 a, h3 a, h4 a, a[class*="title"], a[class*="headline"]';
const MIN_CARDS = 2;
const MAX_CARD_WORDS = 160;

export const storyCards: Heuristic = {
  name: 'story-cards',
  reason: 'Cards linking to other stories',
  maxShare: 0.5,
  find(root, index) {
    // Everything that holds a linked headline of three or more words, found from the headlines upwards.
    const holdsHeadline = new Set<Element>();
    for (const headline of index.all(HEADLINE)) {
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
