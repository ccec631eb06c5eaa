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
    const doc = parseHTML(withOneBody(html)).window.document as unknown as Document;
    // linkedom gives a fragment-like document (no <html>, no <body>) for a page without those tags.
    if (doc.documentElement && doc.body) return doc;
    return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).window
      .document as unknown as Document;
  }
  // Page CSS errors and script errors are the page's business, not ours: silence them.
  const virtualConsole = new VirtualConsole();
  try {
    return new JSDOM(html, { url: safeUrl(url), virtualConsole }).window.document;
  } catch {
    // jsdom's CSS parser throws on some real pages' inline styles (e.g. `calc()` with SCSS variables left in).
    // The styles are not needed to find the article, so parse again without them.
    return new JSDOM(withoutStyles(html), { url: safeUrl(url), virtualConsole }).window.document;
  }
}

export function cleanHtml(html: string, options: CleanOptions & { dom?: DomImplementation }): CleanResult {
  return clean(parseDocument(html, options.url, options.dom), options);
}

/**
 * linkedom is not an HTML5 parser: a stray `</body>` or a second `<body>` ends the document early. Browsers
 * ignore both, so drop them before parsing.
 */
function withOneBody(html: string): string {
  // Script text may spell "<body>" too; only markup outside scripts counts and changes.
  const parts = html.split(/(<script\b[\s\S]*?<\/script\s*>)/i);
  const markup = parts.filter((_, i) => i % 2 === 0).join('');
  if ((markup.match(/<body\b/gi)?.length ?? 0) < 2 && !/<\/body\s*>[\s\S]*\S[\s\S]*<\/html/i.test(markup))
    return html;
  let seenBody = false;
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/<\/(body|html)\s*>/gi, '').replace(/<body\b[^>]*>/gi, (tag) => {
            if (seenBody) return '';
            seenBody = true;
            return tag;
          }),
    )
    .join('');
}

function withoutStyles(html: string): string {
  return html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, '').replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');
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
