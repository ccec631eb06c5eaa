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
 * ignore both, so drop them before parsing. Every scan here is linear: page text is untrusted, and a regex that
 * backtracks (`[\s\S]*?` per unclosed `<script`, say) turns 20,000 unclosed tags into seconds of work.
 */
function withOneBody(html: string): string {
  // Script text may spell "<body>" too; only markup outside scripts counts and changes.
  const parts = splitRawText(html, 'script');
  const markup = parts.filter((_, i) => i % 2 === 0).join('');
  if ((markup.match(/<body\b/gi)?.length ?? 0) < 2 && !textAfterBodyEnd(markup)) return html;
  let seenBody = false;
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/<\/(body|html)\s*>/gi, '').replace(/<body\b[^<>]*>/gi, (tag) => {
            if (seenBody) return '';
            seenBody = true;
            return tag;
          }),
    )
    .join('');
}

/** Whether anything but space follows the first `</body>` (up to the last `</html`, if any). */
function textAfterBodyEnd(markup: string): boolean {
  const bodyEnd = /<\/body\s*>/i.exec(markup);
  if (!bodyEnd) return false;
  const from = bodyEnd.index + bodyEnd[0].length;
  const htmlEnd = asciiLower(markup).lastIndexOf('</html');
  return markup.slice(from, htmlEnd > from ? htmlEnd : markup.length).trim() !== '';
}

/**
 * Splits `html` into [markup, element, markup, element, …] around each `<tag …>…</tag>` raw-text element, as a
 * browser reads them: an unclosed one runs to the end of the page. One pass with indexOf, no backtracking.
 */
export function splitRawText(html: string, tag: string): string[] {
  const lower = asciiLower(html);
  const parts: string[] = [];
  let from = 0;
  for (let open = lower.indexOf(`<${tag}`, from); open !== -1; open = lower.indexOf(`<${tag}`, from)) {
    const after = lower.charAt(open + tag.length + 1);
    if (/[a-z0-9_-]/.test(after)) {
      // `<scripts>` or `<style-guide>`: another tag; keep it in the markup part.
      parts.push(html.slice(from, open + 1));
      from = open + 1;
      parts.push('');
      continue;
    }
    const close = lower.indexOf(`</${tag}`, open);
    const end = close === -1 ? html.length : lower.indexOf('>', close) + 1 || html.length;
    parts.push(html.slice(from, open), html.slice(open, end));
    from = end;
  }
  parts.push(html.slice(from));
  return parts;
}

/** Lower case for ASCII letters only, so offsets stay the same (`'İ'.toLowerCase()` is two characters). */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

function withoutStyles(html: string): string {
  return splitRawText(html, 'style')
    .filter((_, i) => i % 2 === 0)
    .join('')
    .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');
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
