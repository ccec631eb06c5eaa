/**
 * What reads as article prose in a block Readability dropped, for the stages that put such blocks back: most of
 * its text in paragraphs of sentences with few links, nothing around it that is the page's chrome, hidden, or
 * named as clutter.
 */
import { countWords, normalizedText } from '../dom/text';
import { holdsSocialEmbed, isSocialEmbed } from '../dom/social-embed';
import { isOneOf, tags, tagsInside } from '../dom/tags';
import { namesOf, someNameToken } from '../dom/name-tokens';
import { namesFurniture } from '../heuristics/named-furniture';
import { phrasesFor } from '../heuristics/phrases/match';

/** A paragraph shorter than this is a label, a date or a credit, not prose. */
export const MIN_PARAGRAPH_CHARS = 50;
/** A block comes back only with this much paragraph text ... */
export const MIN_BLOCK_PROSE = 100;
/** ... making up at least this share of its text (the rest may be a heading or a caption, not a link list). */
const MIN_PROSE_SHARE = 0.6;
const MAX_LINK_SHARE = 0.3;
const PARAGRAPHS = tags('p, blockquote');
/** Never brought back: the page's own chrome inside the article, and the headline's block. */
const SKIP_TAGS = tags('nav, aside, footer, form, header, figure, h1, button, dialog');
const SKIP_ROLES = new Set(['navigation', 'complementary', 'dialog', 'banner', 'contentinfo']);
/**
 * Names of clutter beyond the furniture kinds of named-furniture (whose token lists this reads, see
 * `namesFurniture`): boxes no heuristic cuts by name alone, since they may wrap the article on some site, but
 * whose dropped contents are never article prose to bring back. Whole name tokens, or their openings.
 */
const CLUTTER_TOKENS = new Set([
  'social',
  'ad',
  'ads',
  'cookie',
  'cookies',
  'consent',
  'menu',
  'widget',
  'popup',
  'modal',
  'paywall',
  'teaser',
  'tag',
]);
const CLUTTER_OPENINGS = ['recommend', 'subscri', 'promo', 'advert', 'sponsor', 'nav'];
const SENTENCE_END = /[.!?…:;»“”"')]\s|[.!?…]["'»“”)]?$/;

/**
 * The prose in a dropped block: the block itself when it reads as prose; else, when it holds enough prose
 * beside something else (a share bar, a figure, a heading wrapper), the prose among its children, and so on down.
 */
export function proseBlocks(el: Element): Element[] {
  if (!clear(el) || isPlea(el)) return [];
  const prose = proseChars(el);
  if (prose < MIN_BLOCK_PROSE) return [];
  // A block holding a plea beside prose comes back without it: its children are judged one by one.
  // So does one holding an embedded social post: the post is someone else's words (see ../dom/social-embed).
  if (
    prose >= MIN_PROSE_SHARE * normalizedText(el).length &&
    tagsInside(el, SKIP_TAGS).length === 0 &&
    !holdsSocialEmbed(el) &&
    !tagsInside(el, PARAGRAPHS).some(isPlea)
  )
    return [el];
  return Array.from(el.children).flatMap(proseBlocks);
}

/** A plea is a few sentences; a longer paragraph that shares its words is the article's own text. */
const MAX_PLEA_WORDS = 80;

/**
 * Whether the block is a plea for support or sign-up that links to where the reader pays or signs up ("Wesprzyj
 * nas darowizną", "Support our journalism"): the site's appeal box, which Readability was right to leave out,
 * however much it reads like prose. The same phrase data as closing-notice (`appeals` in ../heuristics/phrases).
 */
function isPlea(el: Element): boolean {
  // A block with paragraphs is judged by them (below): a short box may hold a sentence of the article too.
  if (!isOneOf(el, PARAGRAPHS) && tagsInside(el, PARAGRAPHS).length > 0) return false;
  // The page's language is read from its body; a block Readability's copy holds outside any page (a document
  // with no root element, on jsdom) is read from the top of its own tree.
  const doc = el.ownerDocument;
  const top = doc.body ?? doc.documentElement ?? topOf(el);
  // The body's matcher is most often the page stage's own (`phrasesFor` keeps one per tree top).
  const phrases = phrasesFor(top, () => normalizedText(top));
  const text = normalizedText(el);
  return countWords(text) <= MAX_PLEA_WORDS && el.querySelector('a[href]') !== null && phrases.appeal(text);
}

function topOf(el: Element): Element {
  let top = el;
  while (top.parentElement) top = top.parentElement;
  return top;
}

/** Whether nothing from `el` up to `top` (not included) is chrome, hidden, or named as clutter. */
export function clearUpTo(el: Element | null, top: Element): boolean {
  for (let cur = el; cur && cur !== top; cur = cur.parentElement) if (!clear(cur)) return false;
  return true;
}

export function clear(el: Element): boolean {
  if (isOneOf(el, SKIP_TAGS) || SKIP_ROLES.has(el.getAttribute('role') ?? '') || hidden(el)) return false;
  if (isSocialEmbed(el)) return false;
  return !clutterName(el, namesOf(el));
}

function clutterName(el: Element, names: string): boolean {
  if (namesFurniture(names, () => countWords(normalizedText(el)))) return true;
  return someNameToken(names, (t) => CLUTTER_TOKENS.has(t) || CLUTTER_OPENINGS.some((o) => t.startsWith(o)));
}

/** The text of the element's paragraphs (itself included) that read as sentences, not links or labels. */
export function proseChars(el: Element): number {
  const paragraphs = isOneOf(el, PARAGRAPHS) ? [el] : tagsInside(el, PARAGRAPHS);
  let chars = 0;
  for (const p of paragraphs) {
    if (nestedParagraph(p, el)) continue; // counted with the blockquote around it
    const text = normalizedText(p);
    if (text.length < MIN_PARAGRAPH_CHARS || !SENTENCE_END.test(text)) continue;
    if (linkChars(p) > MAX_LINK_SHARE * text.length) continue;
    chars += text.length;
  }
  return chars;
}

function nestedParagraph(p: Element, root: Element): boolean {
  for (let up = p.parentElement; up && up !== root; up = up.parentElement)
    if (isOneOf(up, PARAGRAPHS)) return true;
  return root !== p && isOneOf(root, PARAGRAPHS);
}

function linkChars(el: Element): number {
  return Array.from(el.querySelectorAll('a')).reduce((n, a) => n + normalizedText(a).length, 0);
}

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}
