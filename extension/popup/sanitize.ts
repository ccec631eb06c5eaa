/**
 * Page HTML for the comparison view goes through DOMPurify and is parsed into an inert document that is only
 * ever read (for text and structure), never inserted into the popup.
 */
import DOMPurify from 'dompurify';

// Structure-neutral removals only: `where` paths count siblings of the same tag, so forms and buttons stay.
const FORBID_TAGS = ['script', 'style', 'link', 'meta', 'base', 'iframe', 'object', 'embed', 'template'];

export function parseSanitized(html: string, win: Window & typeof globalThis = window): Document {
  const purifier = DOMPurify(win);
  const clean = purifier.sanitize(html, { FORBID_TAGS, WHOLE_DOCUMENT: false });
  return new win.DOMParser().parseFromString(`<!doctype html><body>${clean}</body>`, 'text/html');
}
