import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier } from 'dompurify';

/** Tags that run code, load other documents, take input, or restyle the reader. */
const FORBID_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'noscript',
  'template',
];

/** Page classes and inline styles fight the reader's themes (white text on a dark theme and so on). */
const FORBID_ATTR = ['style', 'class', 'srcdoc', 'formaction', 'action', 'target', 'ping'];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

// One purifier per window: hooks are registered once, and a fragment must belong to that window's document.
type PageWindow = Window & typeof globalThis;

const purifiers = new WeakMap<PageWindow, Purifier>();

function purifierFor(win: PageWindow): Purifier {
  const cached = purifiers.get(win);
  if (cached) return cached;
  const purifier = DOMPurify(win);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href');
      // In-article anchors (#fn1) stay in the reader; everything else opens in a new tab.
      if (href && !href.startsWith('#')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (node.nodeName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  });
  purifiers.set(win, purifier);
  return purifier;
}

/**
 * Sanitizes the engine's article HTML for display. The result belongs to `win.document`, ready to
 * append; it never contains scripts, event handlers, `javascript:` URLs, frames or form controls.
 */
export function sanitizeArticleHtml(win: PageWindow, html: string): DocumentFragment {
  if (typeof html !== 'string' || html.trim() === '') return win.document.createDocumentFragment();
  return purifierFor(win).sanitize(html, CONFIG);
}
