/**
 * Pointer line: a paragraph of its own inside the article whose whole text is one link to another page —
 * ">> Wegen Corona: Lokal muss schließen <<", "Looking for a shop to rent? See the offers on Example.com",
 * a one-item list holding the headline of another story. Editors set these between paragraphs to send the reader
 * elsewhere; the article's own sentences carry their links inside running text, so a line that is nothing but a
 * link says nothing of its own. Unlike inline-promo this needs no label ("MORE:") in any language: the shape is
 * the cue. Only a link to another page of the same site counts: that is the site promoting its own stories. A line
 * linking out ("Hier geht's zur Facebook-Veranstaltung", a source, a sign-up page of the event) is the author
 * sending the reader on, and stays. A list of several links stays too (a source list the author wrote).
 */
import type { Heuristic } from './heuristic';
import { baseHref, closestTag, hasTagInside, tags } from '../dom/tags';

/** A headline or a one-sentence invitation; a longer linked block is something else (a linked summary). */
const MAX_WORDS = 20;
const MIN_WORDS = 2;
/** All of the line is the link, give or take a bracket or an arrow around it. */
const MIN_LINK_SHARE = 0.9;
const BLOCKS = tags('p, div, ul, ol, table, h1, h2, h3, h4, h5, h6, img, picture, video, iframe');
const QUOTED_OR_CELL = tags('blockquote, q, pre, code, td, th, figure, figcaption');

export const pointerLine: Heuristic = {
  name: 'pointer-line',
  reason: 'Line linking to another page',
  // Only inside the article: on a page that is not one, a line that is one link is the page's own content.
  articleOnly: true,
  find(root, index) {
    return index.all('p, li').filter((el) => {
      const words = index.words(el);
      if (words < MIN_WORDS || words > MAX_WORDS || hasTagInside(el, BLOCKS)) return false;
      if (el.localName === 'li' && !onlyItem(el)) return false;
      if (closestTag(el, QUOTED_OR_CELL) !== null) return false;
      const anchors = Array.from(el.querySelectorAll('a[href]'));
      if (anchors.length !== 1 || !toThisSite(anchors[0]!, root.ownerDocument)) return false;
      // The line is not the article: more than a few lines of text stand around it.
      if (index.words(root) < 10 * words) return false;
      return index.linkDensity(el) >= MIN_LINK_SHARE;
    });
  },
};

function onlyItem(li: Element): boolean {
  const list = li.parentElement;
  return list !== null && Array.from(list.children).filter((c) => c.localName === 'li').length === 1;
}

/** A link to another web page of the page's own site (not an anchor in this page, a mail address or a script). */
function toThisSite(a: Element, doc: Document): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  if (href === '' || href.startsWith('#') || /^(mailto|tel|javascript):/i.test(href)) return false;
  const base = baseOf(doc);
  if (base === null) return false;
  try {
    return siteOf(new URL(href, base)) === siteOf(base);
  } catch {
    return false;
  }
}

const bases = new WeakMap<Document, URL | null>();

/** The page's address: its `<base>` (the pipeline adds one from the page URL when the page has none). */
function baseOf(doc: Document): URL | null {
  if (!bases.has(doc)) bases.set(doc, readBase(doc));
  return bases.get(doc) ?? null;
}

function readBase(doc: Document): URL | null {
  try {
    const href = baseHref(doc) ?? doc.URL;
    return /^https?:/i.test(href) ? new URL(href) : null;
  } catch {
    return null;
  }
}

function siteOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}
