/**
 * Story cards: a group of sibling cards, each a linked headline with at most a short teaser, i.e. a grid of
 * other stories ("recommendation cards", "more from this newsletter"), with or without a heading announcing
 * it. A listicle's sections are longer than a teaser, so they stay.
 */
import { wordCount, type Heuristic } from './heuristic';

const MIN_CARDS = 2;
const MAX_CARD_WORDS = 160;

export const storyCards: Heuristic = {
  name: 'story-cards',
  reason: 'Cards linking to other stories',
  find(root, textOf) {
    return Array.from(root.querySelectorAll('div, section, ul, ol, aside')).filter((el) => {
      const children = Array.from(el.children).filter((c) => textOf(c) !== '');
      if (children.length < MIN_CARDS) return false;
      const cards = children.filter((c) => isCard(c, textOf));
      return cards.length >= MIN_CARDS && cards.length >= 0.8 * children.length;
    });
  },
};

function isCard(el: Element, textOf: (el: Element) => string): boolean {
  if (wordCount(textOf(el)) > MAX_CARD_WORDS) return false;
  const headline = el.querySelector(
    'a h2, a h3, a h4, h2 a, h3 a, h4 a, a[class*="title"], a[class*="headline"]',
  );
  return headline !== null && wordCount(textOf(headline)) >= 3;
}
