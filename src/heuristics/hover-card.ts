/**
 * Hover card: the box a site writes into a sentence beside a linked name, shown when the pointer rests on the
 * name: the person's picture, their name again and links to the latest stories about them ("Rep. <a>Ilhan
 * Omar</a><span class="rollover-people-block">… Ilhan Omar · Progressives oppose funding bill … · MORE</span>
 * (D-Minn.) said"). Read as text it splices a list of headlines into the middle of the sentence. Found by its name
 * (a "rollover", "hovercard", "popover" or "tooltip" token, read as named-furniture reads names) and its shape:
 * inside a paragraph, mostly links, two or more of them. The linked name that opens the card stays in the
 * sentence: an element with words of the sentence beside it is never taken (the prose guard), so only the card
 * goes, not the wrapper that holds the name and the card; of named boxes inside one another, only the innermost
 * card is taken.
 */
import { closestTag, tags } from '../dom/tags';
import type { Heuristic } from './heuristic';
import { someNameToken } from '../dom/name-tokens';

const CARD_TOKENS = new Set(['rollover', 'hovercard', 'popover', 'tooltip', 'flyout']);
const PARAGRAPH = tags('p, li, dd, td');
const LINK = 'a[href]';
const MIN_LINKS = 2;
const MIN_LINK_SHARE = 0.7;
/** A card is a name and a few headlines; a bigger block is something else that shares the name. */
const MAX_WORDS = 80;

export const hoverCard: Heuristic = {
  name: 'hover-card',
  reason: 'Pop-up card beside a linked name',
  find(_root, index) {
    const cards = index.all('span, div, aside').filter((el) => {
      const words = index.words(el);
      if (words === 0 || words > MAX_WORDS || !index.namesPass(namesCard, el)) return false;
      const paragraph = closestTag(el, PARAGRAPH);
      // The sentence the card sits in has words of its own beside it.
      if (paragraph === null || index.words(paragraph) <= words) return false;
      return el.querySelectorAll(LINK).length >= MIN_LINKS && index.linkDensity(el) >= MIN_LINK_SHARE;
    });
    // The innermost: a wrapper named like its card may hold the linked name too.
    return cards.filter((el) => !cards.some((other) => other !== el && el.contains(other)));
  },
};

function namesCard(names: string): boolean {
  return someNameToken(names, (t) => CARD_TOKENS.has(t));
}
