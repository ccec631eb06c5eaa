/**
 * Announced list: a short heading such as "Related Articles", "You may also like" or "Discover more from X:"
 * followed by a run of link-heavy blocks (story cards, link lists). Class names on such widgets are often
 * hashed, but the announcing phrase and the link density are not. The phrases cover the languages most news
 * sites publish in, not only English. The heading goes with the list; a lone
 * announcing heading with nothing link-heavy after it goes too, since it introduces nothing in the article.
 */
import type { TextIndex } from '../dom/text-index';
import { outermostWrapper, type Heuristic } from './heuristic';
import { phrasesFor } from './phrases/match';
import { hasTagInside, isOneOf, tags } from '../dom/tags';

const ANNOUNCE =
  /^(more|related( articles| stories| posts| content| coverage| reading| news| links)?|you (may|might) (also )?(like|enjoy)|more (from|on|in|about) [^.]{1,40}|read (more|next)|recommended( for you| reading| stories| articles)?|most (popular|read|viewed|shared)|trending( now| stories)?|top stories|more stories|more news|latest (news|stories)|latest (on|from|in) [^.]{1,40}|also read|see also|discover more from [^.]{1,40}|popular (posts|stories|articles)|what to read next|up next|editor[’']?s picks|don[’']?t miss|other stories|in other news|関連記事|関連ニュース|おすすめ記事|あわせて読みたい|art[ií]culos relacionados|noticias relacionadas|te puede interesar|lee tambi[eé]n|articles (similaires|li[ée]s)|[àa] lire aussi|sur le m[êe]me sujet|lire aussi|verwandte artikel|das k[öo]nnte sie auch interessieren|mehr zum thema|weitere artikel|auch interessant|leia tamb[ée]m|veja tamb[ée]m|not[íi]cias relacionadas|mat[ée]rias relacionadas|leggi anche|articoli correlati|potrebbe interessarti|похожие статьи|читайте также|по теме)\s*[:.…]*$/i;

/** How link-heavy a following block must be to count as part of the announced list. */
const LIST_LINK_DENSITY = 0.35;
const IMAGE_OR_LINK = tags('img, a');
const HEADINGS = tags('h2, h3, h4, h5, h6');

export const announcedList: Heuristic = {
  name: 'announced-list',
  reason: 'Related articles list',
  find(root, index) {
    const found: Element[] = [];
    const phrases = phrasesFor(root, () => index.text(root));
    for (const el of index.all('h1, h2, h3, h4, h5, h6, p, div, span, strong, header')) {
      const text = index.text(el);
      if (text.length > 60) continue;
      const whole = ANNOUNCE.test(text) || phrases.announce(text);
      // "Mehr zu Klima und Konsum": a heading that names its topic announces only when links follow it; without
      // them it is a section of the article ("More about the harbour" over paragraphs of prose).
      const lead = !whole && isOneOf(el, HEADINGS) && phrases.announceLead(text);
      if (!whole && !lead) continue;
      const heading = outermostWrapper(el, root, index);
      const list = followingList(heading, index);
      if (lead && list.length === 0) continue;
      found.push(heading);
      found.push(...list);
      const parent = heading.parentElement;
      if (parent && parent !== root && list.length > 0 && onlyHolds(parent, [heading, ...list]))
        found.push(parent);
    }
    return found;
  },
};

/** The link-heavy siblings right after the heading; stops at the first block of prose. */
function followingList(heading: Element, index: TextIndex): Element[] {
  const list: Element[] = [];
  for (let sib = heading.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (index.text(sib) === '') {
      if (hasTagInside(sib, IMAGE_OR_LINK)) list.push(sib);
      continue;
    }
    if (index.links(sib).count === 0 || index.linkDensity(sib) < LIST_LINK_DENSITY) break;
    if (/^h[1-6]$/.test(sib.localName) && index.words(sib) < 3) break;
    list.push(sib);
  }
  return list;
}

function onlyHolds(parent: Element, children: Element[]): boolean {
  return Array.from(parent.children).every((c) => children.includes(c));
}
