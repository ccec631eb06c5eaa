/**
 * The standfirst: Readability often drops the subtitle or lead paragraph that sits between the headline and the
 * body, because it stands in a wrapper it takes for page chrome (a "post-header", a "header" class) or scores
 * lower than the body. It is article text. A dropped block that stood between the headline and the article's
 * first kept block is put back in front of it when its class or id names a standfirst (subtitle, dek, lead,
 * teaser, intro, summary; bajada, entradilla, chapo, Vorspann, Anriss, perex in other languages; a camel-case
 * name read word by word), or in front of the figure the first block is the caption of. (Matching the meta description instead also brought back news sites' decks, which
 * the news benchmark's truth leaves out: measured, it cost more precision there than it gained elsewhere.)
 */
import { apartAtCase, namesOf } from '../dom/name-tokens';
import { countWords, normalizedText } from '../dom/text';
import { foldTitle } from '../dom/title-fold';
import { hasTagInside, isOneOf, tags } from '../dom/tags';
import { elementsWithIds, pageId } from './page-ids';

const NAMED =
  /(^|[-_\s])(sub-?title|sub-?head(line)?|subline|dek|standfirst|lead|leader|lede|teaser|intro|summary|abstract|excerpt|deck|bajada|entradilla|chapo|chapeau|vorspann|anriss|perex)($|[-_\s])/i;
/** A lead never stands in these (or in an element with these roles). */
const SKIP_INSIDE = tags('nav, aside, footer, form, li');
const SKIP_ROLES = new Set(['navigation', 'complementary']);
const HOLDS_BLOCKS = tags('p, div, ul, ol, table, h2, h3');
const MIN_WORDS = 6;
const MAX_WORDS = 120;
/** At most this many blocks: a standfirst is a line or two, never a second article. */
const MAX_BLOCKS = 2;

export function restoreLead(
  article: Element,
  /** Every tagged element before Readability ran, in document order (from a copy it did not touch). */
  before: Map<string, Element>,
  title: string | null,
): void {
  // The first kept block with text of its own: wrappers of the whole page are kept too, and come first.
  const anchor =
    elementsWithIds(article).find((el) =>
      Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== ''),
    ) ?? holderOfFirstText(article);
  if (!anchor) return;
  const firstKept = Number(pageId(anchor));
  const headline = foldTitle(title ?? '');
  // A standfirst follows the headline; a site's tagline in the masthead comes before it.
  let after = -1;
  for (const [id, el] of before) {
    if (Number(id) >= firstKept) break;
    if (/^h[12]$/.test(el.localName) && foldTitle(normalizedText(el)) === headline) after = Number(id);
  }
  const chosen: Element[] = [];
  for (const [id, el] of before) {
    if (Number(id) >= firstKept || chosen.length >= MAX_BLOCKS) break;
    if (Number(id) <= after) continue;
    if (!/^(p|h2|h3|h4|div|span)$/.test(el.localName) || hasTagInside(el, HOLDS_BLOCKS)) continue;
    if (chosen.some((c) => c.contains(el)) || insideChrome(el)) continue;
    const text = normalizedText(el);
    const words = countWords(text);
    if (words < MIN_WORDS || words > MAX_WORDS || foldTitle(text) === headline) continue;
    if (linkShare(el, text) > 0.3) continue;
    if (namedLead(el)) chosen.push(el);
  }
  // Not into a picture's caption (the text leaves captions out): before the figure that holds the first text.
  const at = figureAround(anchor, article) ?? anchor;
  for (const el of chosen) at.before(el);
}

/** The outermost figure (or figcaption) around the element, inside the article; null when none. */
function figureAround(el: Element, article: Element): Element | null {
  let found: Element | null = null;
  for (let cur: Element | null = el; cur && cur !== article; cur = cur.parentElement) {
    if (cur.localName === 'figure' || cur.localName === 'figcaption') found = cur;
  }
  return found;
}

/**
 * The tagged block around the article's first text, when no tagged block has text of its own: Readability
 * rebuilds a paragraph of `<br>`-separated lines as new, untagged paragraphs inside the old one (renamed a div).
 */
function holderOfFirstText(article: Element): Element | null {
  const stack: { node: Node; holder: Element | null }[] = [{ node: article, holder: null }];
  while (stack.length > 0) {
    const { node, holder } = stack.pop() as { node: Node; holder: Element | null };
    if (node.nodeType === 3) {
      if ((node.nodeValue ?? '').trim() !== '' && holder) return holder;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const here = pageId(el) !== null ? el : holder;
    const children = Array.from(el.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node, holder: here });
  }
  return null;
}

/** `el.closest(nav, aside, footer, form, [role="navigation"], [role="complementary"], li)`, as a walk. */
function insideChrome(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (isOneOf(cur, SKIP_INSIDE) || SKIP_ROLES.has(cur.getAttribute('role') ?? '')) return true;
  }
  return false;
}

function namedLead(el: Element): boolean {
  for (let cur: Element | null = el; cur && cur.localName !== 'body'; cur = cur.parentElement) {
    if (cur !== el && normalizedText(cur) !== normalizedText(el)) break;
    // "articleTeaser", "leadText": a word of a name in camel case counts as one written apart.
    if (NAMED.test(apartAtCase(namesOf(cur)))) return true;
  }
  return false;
}

function linkShare(el: Element, text: string): number {
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + normalizedText(a).length, 0);
  return text.length === 0 ? 0 : linked / text.length;
}
