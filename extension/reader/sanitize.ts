/**
 * The one sanitizer for page HTML that reaches an extension view (the reader overlay, the popup).
 *
 * Page HTML is parsed and cleaned only in inert documents (DOMParser: no script runs, nothing loads). What passed
 * leaves as a DOMPurify string, and the reader gets NEW nodes made from that string in its own document
 * (`importNode`), never the nodes that were parsed: Chromium keeps an event handler compiled while parsing on the
 * node object even after the attribute is removed, so moving a cleaned node into a live page could still fire it.
 *
 * URLs are data, never markup: links keep http(s), mailto and in-page anchors; images and media keep http(s) only;
 * lazy-image attributes (`data-src`, `data-srcset`…) become `src`/`srcset` only when they resolve to http(s).
 */
import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier } from 'dompurify';

/** A window object: the realm whose DOMParser and constructors do the parsing. */
export type Realm = Window & typeof globalThis;

export interface SanitizeOptions {
  /** The page's address: relative and lazy-image URLs are resolved against it (no base: they are dropped). */
  baseUrl?: string;
}

/**
 * Tags that run code, load other documents or restyle the page: removed everywhere. Structure-neutral: the popup's
 * `where` paths count siblings of the same tag, so its comparison removes these and no more (forms stay).
 */
const STRUCTURE_FORBID_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'object',
  'embed',
  'template',
];

/** The reader removes more: frames, plug-ins, what takes input, and SVG that animates attributes or pulls in more. */
const READER_FORBID_TAGS = [
  ...STRUCTURE_FORBID_TAGS,
  'frame',
  'frameset',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'noscript',
  'foreignobject',
  'animate',
  'animatemotion',
  'animatetransform',
  'animatecolor',
  'set',
  'use',
  'handler',
  'listener',
];

/** Page classes and inline styles fight the reader's themes; the rest load or send things. */
const READER_FORBID_ATTR = [
  'style',
  'class',
  'srcdoc',
  'formaction',
  'action',
  'target',
  'ping',
  'background',
  'dynsrc',
  'lowsrc',
  'longdesc',
];

/** Lazy-loading attributes sites use instead of `src`/`srcset`, most common first. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];

/** Attributes whose value is a URL a browser would fetch or follow. */
const MEDIA_URL_ATTRS = ['src', 'poster'];
const LINK_URL_ATTRS = ['href', 'xlink:href', 'cite'];

const WEB = new Set(['http:', 'https:']);
const LINKABLE = new Set(['http:', 'https:', 'mailto:']);

/** The absolute URL of `raw` when its scheme is one of `allowed`, else null. Whitespace and case do not matter. */
export function checkedUrl(raw: string, allowed: ReadonlySet<string>, baseUrl?: string): string | null {
  const value = raw.trim();
  if (value === '') return null;
  try {
    const url = baseUrl ? new URL(value, baseUrl) : new URL(value);
    return allowed.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Splits a `srcset` into its candidates (URL plus optional descriptor) as the HTML spec's parser does in outline:
 * a URL runs to the next whitespace (a trailing comma ends it), descriptors run to the next comma.
 */
export function srcsetCandidates(srcset: string): { url: string; descriptor: string }[] {
  const out: { url: string; descriptor: string }[] = [];
  let i = 0;
  const n = srcset.length;
  const isSpace = (c: string | undefined) =>
    c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  while (i < n) {
    while (i < n && (isSpace(srcset[i]) || srcset[i] === ',')) i++;
    const start = i;
    while (i < n && !isSpace(srcset[i])) i++;
    let url = srcset.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const from = i;
      while (i < n && srcset[i] !== ',') i++;
      descriptor = srcset.slice(from, i).trim();
    }
    if (url) out.push({ url, descriptor });
  }
  return out;
}

/** `srcset` with only http(s) candidates, made absolute; '' when none is left. */
export function checkedSrcset(srcset: string, baseUrl?: string): string {
  return srcsetCandidates(srcset)
    .map(({ url, descriptor }) => {
      const checked = checkedUrl(url, WEB, baseUrl);
      return checked ? (descriptor ? `${checked} ${descriptor}` : checked) : null;
    })
    .filter((c): c is string => c !== null)
    .join(', ');
}

/** A `src` that shows nothing real: missing, empty, or an inline placeholder (lazy loaders' 1×1 GIF). */
function isPlaceholder(src: string | null): boolean {
  return src === null || src.trim() === '' || /^\s*data:/i.test(src);
}

/** Lazy-image attributes as data: the first that resolves to http(s) becomes `src` / `srcset`. */
function resolveLazyImage(node: Element, baseUrl?: string): void {
  if (node.nodeName !== 'IMG' && node.nodeName !== 'SOURCE') return;
  if (isPlaceholder(node.getAttribute('src'))) {
    for (const name of LAZY_SRC) {
      const url = checkedUrl(node.getAttribute(name) ?? '', WEB, baseUrl);
      if (url) {
        node.setAttribute('src', url);
        break;
      }
    }
  }
  // A scriptable candidate would make DOMPurify drop the whole srcset; keep the good ones instead.
  const srcset = node.getAttribute('srcset');
  if (srcset) node.setAttribute('srcset', checkedSrcset(srcset, baseUrl));
  if (!node.getAttribute('srcset')) {
    for (const name of LAZY_SRCSET) {
      const lazy = checkedSrcset(node.getAttribute(name) ?? '', baseUrl);
      if (lazy) {
        node.setAttribute('srcset', lazy);
        break;
      }
    }
  }
}

/** Links: http(s), mailto and in-page anchors; media: http(s) only. Everything else is removed. */
function enforceUrls(node: Element, baseUrl?: string): void {
  for (const name of MEDIA_URL_ATTRS) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    const url = checkedUrl(value, WEB, baseUrl);
    if (url) node.setAttribute(name, url);
    else node.removeAttribute(name);
  }
  const srcset = node.getAttribute('srcset');
  if (srcset !== null) {
    const checked = checkedSrcset(srcset, baseUrl);
    if (checked) node.setAttribute('srcset', checked);
    else node.removeAttribute('srcset');
  }
  for (const name of LINK_URL_ATTRS) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    if (value.trim().startsWith('#') && name !== 'cite') continue;
    // An SVG <image href> is an image: http(s) only.
    const allowed = node.nodeName.toLowerCase() === 'image' || name === 'cite' ? WEB : LINKABLE;
    const url = checkedUrl(value, allowed, baseUrl);
    if (url) node.setAttribute(name, url);
    else node.removeAttribute(name);
  }
}

/** Belt and braces after DOMPurify: no attribute that names an event handler, however it is spelled. */
function dropHandlers(node: Element): void {
  for (const attr of Array.from(node.attributes)) {
    if (/^\s*on/i.test(attr.name)) node.removeAttribute(attr.name);
  }
}

/**
 * DOMPurify's view of the window: the realm's constructors and a private inert document, never the page's own
 * document, whose members (`createElement`, `implementation`…) the page can shadow with named elements.
 */
function purifierWindow(realm: Realm): Realm {
  const own = new realm.DOMParser().parseFromString('<!doctype html><title></title>', 'text/html');
  const r = realm as unknown as Record<string, unknown>;
  return {
    document: own,
    DocumentFragment: r.DocumentFragment,
    HTMLTemplateElement: r.HTMLTemplateElement,
    Node: r.Node,
    Element: r.Element,
    NodeFilter: r.NodeFilter,
    NamedNodeMap: r.NamedNodeMap ?? r.MozNamedAttrMap,
    HTMLFormElement: r.HTMLFormElement,
    DOMParser: r.DOMParser,
  } as unknown as Realm;
}

function readerPurifier(realm: Realm, baseUrl?: string): Purifier {
  const purifier = DOMPurify(purifierWindow(realm));
  purifier.addHook('beforeSanitizeAttributes', (node) => {
    if (node.nodeType === 1) resolveLazyImage(node as Element, baseUrl);
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    dropHandlers(el);
    enforceUrls(el, baseUrl);
    // The reader's own ids (pith-reader-title…) are not the page's to take.
    if (/^pith-/i.test(el.getAttribute('id') ?? '')) el.removeAttribute('id');
    if (el.nodeName === 'A' && el.hasAttribute('href')) {
      // In-article anchors (#fn1) stay in the reader; everything else opens in a new tab.
      if (!el.getAttribute('href')?.startsWith('#')) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (el.nodeName === 'IMG') {
      el.setAttribute('loading', 'lazy');
      el.setAttribute('decoding', 'async');
    }
  });
  return purifier;
}

const READER_CONFIG: Config = {
  FORBID_TAGS: READER_FORBID_TAGS,
  FORBID_ATTR: READER_FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

/**
 * The article HTML as a sanitized string: no scripts, handlers, frames, forms, styles or scriptable URLs.
 * Parsing happens in `realm`'s DOMParser (an inert document).
 */
export function sanitizeArticleHtml(realm: Realm, html: string, options: SanitizeOptions = {}): string {
  if (typeof html !== 'string' || html.trim() === '') return '';
  // The page's own `target` is dropped (FORBID_ATTR); the hook, which runs after that filter, sets the reader's.
  return readerPurifier(realm, options.baseUrl).sanitize(html, READER_CONFIG);
}

/**
 * The sanitized article as fresh nodes of `target` (the document the reader is drawn in). The string from
 * `sanitizeArticleHtml` is parsed once more in an inert document and imported: nothing is ever parsed in
 * `target`, and no node that held page markup is ever moved into it.
 */
export function sanitizedArticle(
  target: Document,
  realm: Realm,
  html: string,
  options: SanitizeOptions = {},
): DocumentFragment {
  const fragment = target.createDocumentFragment();
  const clean = sanitizeArticleHtml(realm, html, options);
  if (clean === '') return fragment;
  const inert = new realm.DOMParser().parseFromString(`<!doctype html><body>${clean}`, 'text/html');
  // Checked again on the parsed copy: serialising and parsing must not have made anything new.
  for (const el of Array.from(inert.body.querySelectorAll('*'))) dropHandlers(el);
  for (const child of Array.from(inert.body.childNodes)) fragment.append(target.importNode(child, true));
  return fragment;
}

/**
 * Page HTML for reading text and structure only (the popup's comparison view): sanitized, then parsed into an
 * inert document that must never be inserted into an extension page (its nodes were parsed from page markup).
 */
export function sanitizedInertDocument(html: string, realm: Realm = window): Document {
  const clean = DOMPurify(purifierWindow(realm)).sanitize(typeof html === 'string' ? html : '', {
    FORBID_TAGS: STRUCTURE_FORBID_TAGS,
    WHOLE_DOCUMENT: false,
  });
  return new realm.DOMParser().parseFromString(`<!doctype html><body>${clean}</body>`, 'text/html');
}
