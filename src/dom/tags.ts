/**
 * `closest` and `querySelector` for lists of tag names, as plain walks. The heuristics ask these questions of
 * thousands of elements a page ("is it inside a table cell?", "does it hold a paragraph?"); linkedom parses and
 * compiles the selector on every call, which cost more than the rest of the heuristic's work.
 *
 * Names are compared in lower case, as selectors match HTML elements.
 */
import { nextElement } from './walk';

export type TagNames = ReadonlySet<string>;

/** A set from a selector-like list: `tags('td, th')`. */
export function tags(list: string): TagNames {
  return new Set(list.split(',').map((name) => name.trim().toLowerCase()));
}

/** Whether the element has one of the names. */
export function isOneOf(el: Element, names: TagNames): boolean {
  return names.has(el.localName.toLowerCase());
}

/** `el.closest('a, b')`: the element itself or its nearest ancestor with one of the names. */
export function closestTag(el: Element, names: TagNames): Element | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (isOneOf(cur, names)) return cur;
  return null;
}

/** `el.querySelector('a, b') !== null`: whether a descendant (not the element itself) has one of the names. */
export function hasTagInside(el: Element, names: TagNames): boolean {
  return firstInside(el, names, true).length > 0;
}

/** `el.querySelectorAll('a, b')`: the descendants with one of the names, in document order. */
export function tagsInside(el: Element, names: TagNames): Element[] {
  return firstInside(el, names, false);
}

/** `doc.querySelectorAll('a, b')` for a list of tag names, as a walk from each of the document's elements. */
export function tagsInDocument(doc: Document, names: TagNames): Element[] {
  const found: Element[] = [];
  for (let top = doc.firstElementChild; top; top = top.nextElementSibling) {
    if (isOneOf(top, names)) found.push(top);
    for (const el of tagsInside(top, names)) found.push(el);
  }
  return found;
}

const BASE = tags('base');

/**
 * The `href` of the document's first `<base href>` (the one that counts), or null. A tag walk and an attribute
 * check: the selector `base[href]` made both DOMs' selector engines test every element of the page.
 */
export function baseHref(doc: Document): string | null {
  const base = tagsInDocument(doc, BASE).find((el) => el.hasAttribute('href'));
  return base?.getAttribute('href') ?? null;
}

/** An iterative walk (pages nest deep) over the descendant elements; stops at the first hit when `one`. */
function firstInside(el: Element, names: TagNames, one: boolean): Element[] {
  const found: Element[] = [];
  for (let cur = el.firstElementChild; cur; cur = nextElement(cur, el)) {
    if (isOneOf(cur, names)) {
      found.push(cur);
      if (one) return found;
    }
  }
  return found;
}

/**
 * Among the first `max` descendant elements of `el` in document order, those with one of the names (all of them
 * without `names`): `querySelectorAll` cut short, so a huge page is read only as far as the engine's limits reach.
 */
export function firstElements(el: Element, max: number, names?: TagNames): Element[] {
  const found: Element[] = [];
  let seen = 0;
  for (let cur = el.firstElementChild; cur && seen < max; cur = nextElement(cur, el)) {
    seen++;
    if (!names || isOneOf(cur, names)) found.push(cur);
  }
  return found;
}

/** A JSON-LD script. `type` compared as a selector compares it in HTML: without regard to case. */
export function isJsonLd(el: Element): boolean {
  return el.localName === 'script' && el.getAttribute('type')?.toLowerCase() === 'application/ld+json';
}
