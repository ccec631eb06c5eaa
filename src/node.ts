/**
 * The Node entry: HTML text → DOM (jsdom or linkedom) → clean(). The browser entry is `src/index.ts`,
 * which takes the live `Document`.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { clean } from './pipeline';
import type { CleanOptions, CleanResult } from './types';

export type DomImplementation = 'jsdom' | 'linkedom';

/**
 * Pages longer than this are cut (at a tag) before parsing: a 20 MB page runs jsdom out of memory, and the engine
 * keeps at most `DEFAULT_LIMITS` of a page anyway. Real article pages are far smaller (the largest benchmark
 * page is about 2 MB, most of it scripts).
 */
export const MAX_HTML_CHARS = 6_000_000;

/** The page cut to `MAX_HTML_CHARS`, at the start of a tag; `truncated` says whether anything was cut. */
export function limitHtml(html: string): { html: string; truncated: boolean } {
  if (html.length <= MAX_HTML_CHARS) return { html, truncated: false };
  const lastTag = html.lastIndexOf('<', MAX_HTML_CHARS);
  return { html: html.slice(0, lastTag > 0 ? lastTag : MAX_HTML_CHARS), truncated: true };
}

export const TRUNCATED_WARNING = {
  code: 'too-large',
  message: `Page too large: showing what was cleaned in the first ${MAX_HTML_CHARS.toLocaleString('en-US')} characters of HTML`,
} as const;

/**
 * Parses a page with the chosen DOM library. jsdom is a full HTML5 parser; linkedom is ~5× faster. A page past
 * `MAX_HTML_CHARS` is cut first (see `limitHtml`).
 */
export function parseDocument(source: string, url: string, impl: DomImplementation = 'jsdom'): Document {
  const { html } = limitHtml(source);
  if (impl === 'linkedom') {
    const doc = parseHTML(withOneBody(withLeadInsideBody(html))).window.document as unknown as Document;
    // linkedom gives a fragment-like document (no <html>, no <body>) for a page without those tags.
    if (doc.documentElement && doc.body) return oneHeadOneBody(doc);
    return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).window
      .document as unknown as Document;
  }
  try {
    return parseWithJsdom(html, url);
  } catch {
    // jsdom's CSS parser throws on some real pages' inline styles (e.g. `calc()` with SCSS variables left in).
    // The styles are not needed to find the article, so parse again without them.
    return parseWithJsdom(withoutStyles(html), url);
  }
}

/** One jsdom window, made on first use: its DOMParser makes every page's document. */
let parserWindow: JSDOM | null = null;

/**
 * A jsdom document for `html`, made by the window's DOMParser rather than as a window of its own: a window
 * gives each `<iframe>` a browsing context of its own (a whole window more), and a page of 393 embedded players
 * took 17 s to parse instead of 1.4 s. A parsed document has no browsing context, so its frames stay plain
 * elements, as the engine reads them; scripting is off either way, so `<noscript>` parses the same. The document's
 * URL is the window's, set to the page's URL first.
 */
function parseWithJsdom(html: string, url: string): Document {
  // Page CSS errors and script errors are the page's business, not ours: silence them.
  parserWindow ??= new JSDOM('', { virtualConsole: new VirtualConsole() });
  parserWindow.reconfigure({ url: safeUrl(url) });
  return new parserWindow.window.DOMParser().parseFromString(html, 'text/html');
}

export function cleanHtml(html: string, options: CleanOptions & { dom?: DomImplementation }): CleanResult {
  const result = clean(parseDocument(html, options.url, options.dom), options);
  if (limitHtml(html).truncated) result.warnings.unshift({ ...TRUNCATED_WARNING });
  return result;
}

/**
 * linkedom is not an HTML5 parser: a stray `</body>` or a second `<body>` ends the document early. Browsers
 * ignore both, so drop them before parsing. Every scan here is linear: page text is untrusted, and a regex that
 * backtracks (`[\s\S]*?` per unclosed `<script`, say) turns 20,000 unclosed tags into seconds of work.
 */
function withOneBody(html: string): string {
  // Scripts and comments may spell "<body>" too (`<!--<body>-->`); only markup outside them counts and changes.
  const parts = splitInert(html);
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

/**
 * Content before `<html>` (a PHP warning printed ahead of the page, a `<style>` block a plugin echoed first):
 * linkedom makes that first element the document's root and leaves the real page out of `document.body`. A browser
 * puts such content at the start of the body (styles and scripts in the head, where they do no harm either), so
 * it is moved to just after the `<body>` tag. A page with no `<html>` or `<body>` tag is left as it is.
 */
export function withLeadInsideBody(html: string): string {
  const htmlAt = markupIndex(html, /<html[\s>]/i);
  if (htmlAt <= 0) return html;
  const lead = html.slice(0, htmlAt).replace(/<!doctype[^<>]*>/gi, '');
  if (lead.trim() === '') return html;
  const rest = html.slice(htmlAt);
  const bodyAt = markupIndex(rest, /<body\b[^<>]*>/i);
  if (bodyAt === -1) return html;
  const end = rest.indexOf('>', bodyAt) + 1;
  return `<!DOCTYPE html>${rest.slice(0, end)}${lead}${rest.slice(end)}`;
}

/** Where `tag` first matches in markup, outside scripts and comments (see `splitInert`); -1 when it does not. */
function markupIndex(html: string, tag: RegExp): number {
  let offset = 0;
  for (const [i, part] of splitInert(html).entries()) {
    const at = i % 2 === 0 ? part.search(tag) : -1;
    if (at !== -1) return offset + at;
    offset += part.length;
  }
  return -1;
}

/** Elements a browser's parser puts in the head when they come before the body. */
const HEAD_ELEMENTS = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

/**
 * What an HTML5 parser guarantees and linkedom does not: `<html>` holds one `<head>` and then one `<body>`, and all
 * content is in the body. A `<meta>` before `<head>` makes linkedom open a head and a body of its own, and the
 * page's real ones then follow as siblings — content outside `document.body`, where Readability, walking up from
 * a candidate to the BODY, finds none and throws. Children of `<html>` are moved in document order: heads' into the
 * first head, bodies' and loose content into the first body, head elements seen before any body into the head.
 */
function oneHeadOneBody(doc: Document): Document {
  const html = doc.documentElement;
  const tags = Array.from(html.children).map((c) => c.localName);
  if (tags.length === 2 && tags[0] === 'head' && tags[1] === 'body') return doc;
  const head = doc.head ?? html.insertBefore(doc.createElement('head'), html.firstChild);
  const body = doc.body;
  let inBody = false;
  for (const node of Array.from(html.childNodes)) {
    if (node === head || node === body) {
      inBody ||= node === body;
      continue;
    }
    const tag = node.nodeType === 1 ? (node as Element).localName : '';
    if (tag === 'head' || tag === 'body') {
      (tag === 'head' ? head : body).append(...Array.from(node.childNodes));
      node.parentNode?.removeChild(node);
      inBody ||= tag === 'body';
    } else if (!inBody && HEAD_ELEMENTS.has(tag)) {
      head.append(node);
    } else if (node.nodeType === 1 || (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '')) {
      body.append(node);
      inBody = true;
    }
  }
  return doc;
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

/**
 * Splits `html` into [markup, inert, markup, inert, …], where an inert part is a `<script>` element or a comment
 * (in which a `<body>` is text, not a tag), whichever opens first, as a browser reads them; an unclosed one runs
 * to the end of the page. One pass: the next opening of each kind is looked up again only once passed.
 */
export function splitInert(html: string): string[] {
  const lower = asciiLower(html);
  const parts: string[] = [];
  let from = 0;
  let comment = lower.indexOf('<!--');
  let script = nextScript(lower, 0);
  while (comment !== -1 || script !== -1) {
    const isComment = comment !== -1 && (script === -1 || comment < script);
    const open = isComment ? comment : script;
    let end: number;
    if (isComment) {
      // `<!-->` and `<!--->` are whole (empty) comments.
      const close = lower.indexOf('-->', open + 2);
      end = close === -1 ? html.length : close + 3;
    } else {
      const close = lower.indexOf('</script', open);
      end = close === -1 ? html.length : lower.indexOf('>', close) + 1 || html.length;
    }
    parts.push(html.slice(from, open), html.slice(open, end));
    from = end;
    if (comment !== -1 && comment < end) comment = lower.indexOf('<!--', end);
    if (script !== -1 && script < end) script = nextScript(lower, end);
  }
  parts.push(html.slice(from));
  return parts;
}

/** The next `<script` that opens a script element (not `<scripts>` or `<script-x>`), or -1. */
function nextScript(lower: string, from: number): number {
  for (let at = lower.indexOf('<script', from); at !== -1; at = lower.indexOf('<script', at + 1)) {
    if (!/[a-z0-9_-]/.test(lower.charAt(at + 7))) return at;
  }
  return -1;
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
