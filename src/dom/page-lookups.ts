/**
 * The page's own metadata (`<meta>` tags, `<title>`, JSON-LD scripts) looked up in the original page, as far as
 * the engine's limits reach: `querySelector` finds nothing on a page without the tag only after reading all of it,
 * which on a page of a million elements cost more than cleaning it. The head and the body are each read up to
 * `max` elements in document order; past that the engine cleans nothing either (`page-limits.ts`).
 */
import { firstElements, isJsonLd, tags } from './tags';

const LOOKED_UP = tags('meta, title, script');
const HTML_NS = 'http://www.w3.org/1999/xhtml';

export class PageLookups {
  private readonly found: Element[];

  constructor(doc: Document, max: number) {
    const head = doc.head;
    const body = doc.body;
    const root = doc.documentElement;
    this.found =
      head || body
        ? [
            ...(head ? firstElements(head, max, LOOKED_UP) : []),
            ...(body ? firstElements(body, max, LOOKED_UP) : []),
          ]
        : root
          ? firstElements(root, max, LOOKED_UP)
          : [];
  }

  /** `content` of the first `<meta property=…>` or `<meta name=…>`, trimmed; null when empty or absent. */
  meta(property: string): string | null {
    const el = this.found.find(
      (e) =>
        e.localName === 'meta' &&
        (e.getAttribute('property') === property || e.getAttribute('name') === property),
    );
    return el?.getAttribute('content')?.trim() || null;
  }

  /** `document.title` as browsers give it: the first HTML `<title>`'s text, white space collapsed. */
  title(): string {
    const el = this.found.find((e) => e.localName === 'title' && e.namespaceURI === HTML_NS);
    return (el?.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ').trim();
  }

  /** The JSON-LD scripts. */
  jsonLd(): Element[] {
    return this.found.filter(isJsonLd);
  }
}
