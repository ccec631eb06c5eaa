/**
 * The page's `<head>` as the working copy holds it. The stages read little there: the title, `<base>`, meta tags
 * (Readability's metadata, the site name), link tags and JSON-LD. Real heads hold a few hundred elements at most,
 * and are copied whole. A generated or hostile head of tens of thousands cost seconds before anything was
 * cleaned (45,000 meta tags: 10 s on jsdom; 20,000 JSON-LD scripts: 26 s inside Readability, whose copy of a
 * tag list is quadratic there), so past `HEAD_LIMITS.elements` only the kinds that are read are copied, each up
 * to its own count, in page order, and a warning says so. Head elements carry no page id (positions count
 * the body), so leaving some out moves no cut's place.
 */
import { isJsonLd } from '../dom/tags';
import type { EngineWarning } from '../types';

export const HEAD_LIMITS = { elements: 1_000, meta: 1_000, link: 200, jsonLd: 50 } as const;

/** JSON-LD blocks kept in the whole working copy: Readability reads the first that names an article. */
export const MAX_JSON_LD = HEAD_LIMITS.jsonLd;

/** Whether `head` holds more elements than `HEAD_LIMITS.elements` (counted until it does, no further). */
export function headTooLarge(head: Element): boolean {
  let count = 0;
  const stack: Element[] = [];
  for (let el = head.firstElementChild; el; el = el.nextElementSibling) stack.push(el);
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (++count > HEAD_LIMITS.elements) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  return false;
}

/** The kinds of head element the stages read, and how many of each a large head keeps. */
function kindOf(el: Element): 'title' | 'base' | 'meta' | 'link' | 'jsonLd' | null {
  if (el.localName === 'title' || el.localName === 'base') return el.localName;
  if (el.localName === 'meta' || el.localName === 'link') return el.localName;
  return isJsonLd(el) ? 'jsonLd' : null;
}

/** A large head's copy in `into`: its title and base, and its first meta tags, links and JSON-LD blocks. */
export function copyLargeHead(head: Element, into: Document): Element {
  const copy = into.importNode(head, false) as Element;
  const left = {
    title: 1,
    base: 1,
    meta: HEAD_LIMITS.meta,
    link: HEAD_LIMITS.link,
    jsonLd: HEAD_LIMITS.jsonLd,
  };
  for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
    const kind = kindOf(el);
    if (!kind || left[kind] === 0) continue;
    left[kind]--;
    copy.appendChild(into.importNode(el, true));
  }
  return copy;
}

export function largeHeadWarning(): EngineWarning {
  const { elements, meta, link, jsonLd } = HEAD_LIMITS;
  return {
    code: 'too-large',
    message:
      `Page head too large (over ${elements.toLocaleString('en-US')} elements): read its title, its first ` +
      `${meta.toLocaleString('en-US')} meta tags, ${link} links and ${jsonLd} JSON-LD blocks`,
  };
}
