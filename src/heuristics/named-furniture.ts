/**
 * Named furniture: blocks whose class or id names what they are — a comment section, a share bar, a related-posts
 * box, a newsletter form, an author bio, breadcrumbs, a tag row, a post-meta line, pagination, a rating widget.
 * Themes and CMSs name these the same way in every language ("kb-comments-add", "c-sheet__tags",
 * "navBreadcrumbs", "entry-author-info"), so the name travels where phrase lists do not.
 *
 * Names are split into tokens (at `-`, `_`, digits and camelCase humps) and matched as whole tokens, never as
 * substrings: "tags" names a tag row, "stage" and "hashtags-intro" do not; "share" names a share bar,
 * "shareholders" does not. Each kind bounds what it takes (words, link density), so a wrapper that happens to
 * carry such a name ("post has-comments") and holds the article is never taken.
 */
import { nameTokens } from '../dom/name-tokens';
import { foldTitle } from '../dom/title-fold';
import { closestTag, hasTagInside, tags, tagsInside } from '../dom/tags';
import type { TextIndex } from '../dom/text-index';
import type { Heuristic } from './heuristic';

interface Kind {
  name: string;
  reason: string;
  /** A class or id word naming the kind has one of these tokens... */
  tokens: readonly string[];
  /** ...or both tokens of one of these pairs ("author" + "bio"). */
  pairs?: readonly (readonly [string, readonly string[]])[];
  /** ...unless the same word also has one of these: "live-match-comment" is the match commentary itself. */
  unless?: readonly string[];
  /** The most words a block of this kind holds; a bigger one is something else that shares the name. */
  maxWords: number;
  /** Blocks of this kind are lists of links; one with less link text than this is prose and stays. */
  minLinkDensity?: number;
  /**
   * A block with less link text is still of this kind when it holds at least this many blocks of the same kind
   * that each carry a link: a row of cards whose headlines are plain text and whose link is a "more" button.
   */
  minLinkedParts?: number;
  /** Judged only inside the article (see `Heuristic.articleOnly`). */
  articleOnly?: boolean;
}

const KINDS: readonly Kind[] = [
  {
    name: 'named-comments',
    reason: 'Comment section',
    tokens: [
      'comment',
      'comments',
      'commentlist',
      'kommentar',
      'kommentare',
      'commentaire',
      'commentaires',
      'comentario',
      'comentarios',
      'commenti',
      'commento',
      'komentarz',
      'komentarze',
      'reacties',
      'disqus',
      'respond',
    ],
    unless: ['live', 'match', 'ticker', 'liveblog'],
    maxWords: 5000,
  },
  {
    name: 'named-share',
    reason: 'Share buttons',
    tokens: [
      'share',
      'sharing',
      'sharebar',
      'sharer',
      'shares',
      'sharethis',
      'shariff',
      'addtoany',
      'sociable',
    ],
    maxWords: 40,
  },
  {
    name: 'named-related',
    reason: 'Related articles list',
    tokens: ['related', 'relatedposts', 'recommended', 'recommendations', 'outbrain', 'taboola', 'yarpp'],
    maxWords: 400,
    minLinkDensity: 0.3,
  },
  {
    name: 'named-newsletter',
    reason: 'Newsletter sign-up',
    tokens: ['newsletter', 'subscribe', 'subscription', 'signup', 'mailchimp', 'mc4wp', 'optin'],
    maxWords: 80,
  },
  {
    name: 'named-author-bio',
    reason: 'Author bio',
    tokens: ['authorbio', 'authorbox', 'aboutauthor', 'saboxplugin'],
    pairs: [['author', ['bio', 'box', 'info', 'about', 'description', 'card', 'profile', 'details']]],
    maxWords: 150,
  },
  {
    name: 'named-breadcrumbs',
    reason: 'Breadcrumb trail',
    tokens: ['breadcrumb', 'breadcrumbs', 'crumbs'],
    maxWords: 40,
  },
  {
    name: 'named-tags',
    reason: 'Tags and categories',
    tokens: ['tags', 'tagcloud', 'taglist', 'categories'],
    pairs: [
      ['tag', ['links', 'list']],
      ['cat', ['links']],
    ],
    maxWords: 60,
    minLinkDensity: 0.5,
  },
  {
    name: 'named-post-meta',
    reason: 'Post metadata line',
    // Not "byline" or "author": Readability reads the byline from such a block, so it stays for it.
    tokens: ['postmetadata', 'postmeta', 'entrymeta', 'timestamp'],
    pairs: [['meta', ['post', 'entry', 'article', 'info', 'data']]],
    // WordPress themes' closing line ("This entry was posted on … and is filed under … You can follow any
    // responses … Both comments and pings are currently closed.") runs to about 45 words.
    maxWords: 60,
  },
  {
    name: 'named-pagination',
    reason: 'Post navigation',
    tokens: ['pagination', 'pager', 'paginator', 'postnav'],
    pairs: [['nav', ['links', 'previous', 'next', 'post']]],
    maxWords: 40,
  },
  {
    // A teaser is a card pointing to another page. Some sites name their article's lead "teaser" too
    // ("article__teaser"), so a name alone is not enough: the block must be a link (the card wrapped in one
    // `<a>`, or half its text in links), or a group of such named cards each with its link.
    name: 'named-teaser',
    reason: 'Teaser cards linking to other pages',
    tokens: ['teaser', 'teasers'],
    maxWords: 400,
    minLinkDensity: 0.5,
    minLinkedParts: 2,
    // Cut from the whole page, a grid of teasers no longer weighs against the article's container and
    // Readability picks a wrapper that holds the grid's heading: let it choose first, then cut inside.
    articleOnly: true,
  },
  {
    // "This post contains references to products from our advertisers. We may receive compensation …": a note
    // about the page, which themes set in a box of its own ("editorial-disclosure", "affiliate-disclosure").
    name: 'named-disclosure',
    reason: 'Advertising disclosure',
    tokens: ['disclosure', 'disclosures'],
    maxWords: 80,
  },
  {
    // A wiki's navigation box beside or under the article: a table of links to the other pages of a topic
    // ("navbox", "vertical-navbox"). Its links are the box; a box of prose that shares the name stays. Not
    // MediaWiki's "NavFrame": wikis use that collapsible frame for content too (a dictionary's translations).
    name: 'named-navbox',
    reason: 'Navigation box of related pages',
    tokens: ['navbox'],
    maxWords: 1500,
    minLinkDensity: 0.6,
  },
  {
    name: 'named-rating',
    reason: 'Rating widget',
    tokens: ['rating', 'ratings', 'voting', 'feedback'],
    maxWords: 40,
  },
];

/** `querySelector('h1')` as a walk: a selector engine compiled the selector again for every candidate. */
const HEADLINE = tags('h1');
/** Elements never taken by name: the page's and the article's own containers. */
const NEVER = new Set(['html', 'body', 'main', 'article']);

/** Whether one word's name tokens name the kind by one of its pairs (a head token and one of its others). */
function namedByPair(tokens: readonly string[], kind: Kind): boolean {
  for (const [head, others] of kind.pairs ?? []) {
    if (tokens.includes(head) && tokens.some((t) => others.includes(t))) return true;
  }
  return false;
}

/** For each token, the kinds (as bits) that name it among their `tokens`, and those that it stops (`unless`). */
const TOKEN_KINDS = new Map<string, number>();
const UNLESS_KINDS = new Map<string, number>();
/** The kinds that also go by pairs of tokens. */
const PAIRED_KINDS: readonly number[] = KINDS.flatMap((kind, i) => (kind.pairs ? [i] : []));
KINDS.forEach((kind, i) => {
  for (const t of kind.tokens) TOKEN_KINDS.set(t, (TOKEN_KINDS.get(t) ?? 0) | (1 << i));
  for (const t of kind.unless ?? []) UNLESS_KINDS.set(t, (UNLESS_KINDS.get(t) ?? 0) | (1 << i));
});

/**
 * The kinds one class or id word names, as bits (bit i for KINDS[i]): a kind is named by one of its `tokens` or
 * one of its `pairs`, unless one of its `unless` tokens is there too. The single tokens are looked up in one pass
 * over the word's tokens.
 */
function kindsOfWord(word: string): number {
  const tokens = nameTokens(word);
  let named = 0;
  let stopped = 0;
  for (const t of tokens) {
    named |= TOKEN_KINDS.get(t) ?? 0;
    stopped |= UNLESS_KINDS.get(t) ?? 0;
  }
  for (const i of PAIRED_KINDS) {
    const bit = 1 << i;
    if ((named & bit) === 0 && (stopped & bit) === 0 && namedByPair(tokens, KINDS[i] as Kind)) named |= bit;
  }
  return named & ~stopped;
}

/**
 * Whether a block with this class or id string ("post has-comments c-sheet__tags") and this many words is
 * furniture of a kind above by its name: the one token list the restore stages read too
 * (src/stages/prose-blocks.ts), so a block cut by its name here is never brought back by its name there. As
 * here, a block bigger than its kind's bound only shares the name ("documentContent__sharingContainer" around
 * the article).
 */
export function namesFurniture(names: string, words: () => number): boolean {
  let bits = 0;
  for (const word of names.split(/\s+/)) if (word !== '') bits |= kindsOfWord(word);
  if (bits === 0) return false;
  const count = words();
  return KINDS.some((kind, i) => (bits & (1 << i)) !== 0 && count <= kind.maxWords);
}

/** The elements of the subtree whose class or id words name some kind, and the kinds each names (as bits). */
interface NamedElements {
  elements: Element[];
  kinds: number[];
}

/**
 * The named elements of the subtree, read once per pass: all kinds share them. A page repeats the same class
 * attribute on many elements and the same words in many attributes, so each distinct attribute value and each
 * distinct word is judged once, and a kind's heuristic tests one bit per element: testing every word of every
 * element against every kind was most of this heuristic's time, and its garbage most of the engine's on huge
 * pages (jsdom's heap makes each collection slow).
 */
const namesCache = new WeakMap<TextIndex, NamedElements>();

function namedElements(index: TextIndex): NamedElements {
  let named = namesCache.get(index);
  if (!named) {
    named = { elements: [], kinds: [] };
    const ofWord = new Map<string, number>();
    const ofValue = new Map<string, number>();
    for (const el of index.all('[class], [id]')) {
      if (NEVER.has(el.localName)) continue;
      const value = index.names(el);
      let bits = ofValue.get(value);
      if (bits === undefined) {
        bits = 0;
        for (const word of value.split(/\s+/)) {
          if (word === '') continue;
          let wordBits = ofWord.get(word);
          if (wordBits === undefined) {
            wordBits = kindsOfWord(word);
            ofWord.set(word, wordBits);
          }
          bits |= wordBits;
        }
        ofValue.set(value, bits);
      }
      if (bits === 0) continue;
      named.elements.push(el);
      named.kinds.push(bits);
    }
    namesCache.set(index, named);
  }
  return named;
}

/** A paragraph this long is prose, not a widget line. */
const PROSE_WORDS = 20;

/** The subtree's prose paragraphs: how many, and how many each element holds (only elements holding some). */
interface Prose {
  total: number;
  inside: Map<Element, number>;
}

const proseCache = new WeakMap<TextIndex, Prose>();

/**
 * Counted once per pass, by climbing from each prose paragraph to the root: asking each named element whether it
 * contains each paragraph was work (and, on jsdom, garbage) that grew with elements times paragraphs.
 */
function proseOf(root: Element, index: TextIndex): Prose {
  let prose = proseCache.get(index);
  if (!prose) {
    prose = { total: 0, inside: new Map() };
    for (const p of index.all('p')) {
      if (index.words(p) < PROSE_WORDS) continue;
      prose.total++;
      for (let up: Element | null = p; up; up = up.parentElement) {
        prose.inside.set(up, (prose.inside.get(up) ?? 0) + 1);
        if (up === root) break;
      }
    }
    proseCache.set(index, prose);
  }
  return prose;
}

/**
 * Whether `el` holds half or more of the subtree's prose paragraphs: then it is the article's own wrapper
 * ("post has-comments"), whatever its name says, on a page of any size (the cut stage's size guard only
 * looks at pages of more than 200 words).
 */
function holdsMostProse(el: Element, root: Element, index: TextIndex): boolean {
  const prose = proseOf(root, index);
  if (prose.total === 0) return index.words(el) >= 0.5 * index.words(root);
  return (prose.inside.get(el) ?? 0) >= prose.total / 2;
}

const LINK = tags('a');

/** The named elements' kinds by element, for walks that meet them from above. */
const kindsCache = new WeakMap<TextIndex, Map<Element, number>>();

function kindsByElement(index: TextIndex): Map<Element, number> {
  let byElement = kindsCache.get(index);
  if (!byElement) {
    const { elements, kinds } = namedElements(index);
    byElement = new Map(elements.map((el, i) => [el, kinds[i] as number]));
    kindsCache.set(index, byElement);
  }
  return byElement;
}

/**
 * How many cards of the kind `el` holds: elements named as the kind with a link inside or around them. A named
 * element holding two or more such cards is a group (the card row inside the box), counted by its cards.
 */
function linkedParts(el: Element, bit: number, byElement: Map<Element, number>): number {
  let parts = 0;
  for (const child of Array.from(el.children)) {
    const inner = linkedParts(child, bit, byElement);
    const named = ((byElement.get(child) ?? 0) & bit) !== 0;
    if (named && (hasTagInside(child, LINK) || closestTag(child, LINK) !== null)) parts += Math.max(inner, 1);
    else parts += inner;
  }
  return parts;
}

/** An `<h1>` label this short ("Related", "More news") heads a box of cards; a headline says more. */
const LABEL_WORDS = 3;

/** Whether all of the `<h1>`'s text is inside one link: a card's title pointing to another page. */
function isLinkHeading(h1: Element, index: TextIndex): boolean {
  if (closestTag(h1, LINK) !== null) return true;
  const words = index.words(h1);
  if (words === 0) return false;
  return tagsInside(h1, LINK).some((a) => index.words(a) === words);
}

/** The page's own title and og:title, folded (`foldTitle`): the headline matches one of them. */
function pageTitles(doc: Document): string[] {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  return [doc.title, og].map(foldTitle).filter((t) => t !== '');
}

/**
 * Whether `el` holds the page's headline. Any `<h1>` counts, except in a box of link cards: several `<h1>`s that
 * are each wholly a link to another page (news CMSs title every related-story card with one), beside at most a
 * short plain label heading the box. An `<h1>` that matches the page's title or og:title is the headline wherever
 * it stands.
 */
function holdsHeadline(el: Element, index: TextIndex, titles: () => readonly string[]): boolean {
  if (!hasTagInside(el, HEADLINE)) return false;
  let linkCards = 0;
  for (const h1 of tagsInside(el, HEADLINE)) {
    const text = foldTitle(index.text(h1));
    if (text !== '' && titles().some((t) => t.includes(text) || text.includes(t))) return true;
    if (isLinkHeading(h1, index)) linkCards++;
    else if (index.words(h1) > LABEL_WORDS) return true;
  }
  return linkCards < 2;
}

function heuristicFor(kind: Kind, bit: number): Heuristic {
  return {
    name: kind.name,
    reason: kind.reason,
    maxShare: 0.4,
    articleOnly: kind.articleOnly,
    find(root, index) {
      const found: Element[] = [];
      const { elements, kinds } = namedElements(index);
      // Read only when a candidate holds an <h1>, and then once.
      let titles: readonly string[] | null = null;
      const pageTitlesOnce = (): readonly string[] => (titles ??= pageTitles(root.ownerDocument));
      for (let i = 0; i < elements.length; i++) {
        const el = elements[i] as Element;
        if (((kinds[i] as number) & bit) === 0) continue;
        const count = index.words(el);
        if (count === 0 || count > kind.maxWords) continue;
        if (
          kind.minLinkDensity !== undefined &&
          index.linkDensity(el) < kind.minLinkDensity &&
          (kind.minLinkedParts === undefined ||
            linkedParts(el, bit, kindsByElement(index)) < kind.minLinkedParts)
        )
          continue;
        // The headline is never furniture: a block holding it is the article's header or the article.
        if (holdsHeadline(el, index, pageTitlesOnce) || holdsMostProse(el, root, index)) continue;
        found.push(el);
      }
      return found;
    },
  };
}

export const NAMED_FURNITURE: readonly Heuristic[] = KINDS.map((kind, i) => heuristicFor(kind, 1 << i));
