/**
 * The Node entry: HTML text → DOM (jsdom or linkedom) → clean(). The browser entry is `src/index.ts`,
 * which takes the live `Document`.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { clean } from './pipeline';
import type { CleanOptions, CleanResult } from './types';

export type DomImplementation = 'jsdom' | 'linkedom';

/** Parses a page with the chosen DOM library. jsdom is a full HTML5 parser; linkedom is ~5× faster. */
export function parseDocument(html: string, url: string, impl: DomImplementation = 'jsdom'): Document {
  if (impl === 'linkedom') {
    return parseHTML(html).window.document as unknown as Document;
  }
  // Page CSS errors and script errors are the page's business, not ours: silence them.
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url: safeUrl(url), virtualConsole }).window.document;
}

export function cleanHtml(
  html: string,
  options: CleanOptions & { dom?: DomImplementation },
): CleanResult {
  return clean(parseDocument(html, options.url, options.dom), options);
}

function safeUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'about:blank';
  }
}

export { clean };
export type { CleanOptions, CleanResult };
