/**
 * Takes every way to run script out of the engine's output tree before it is serialised, so `html` (and the
 * Markdown made from it) carries none: event-handler attributes, script-capable and raw-text elements, comments,
 * and URLs whose scheme is not http(s), mailto (links) or relative.
 *
 * Why not DOMPurify here: the engine runs on any DOM, and DOMPurify needs a full browser-like window. Given a
 * linkedom window it reports itself unsupported and returns its input unchanged. This walk needs only the DOM
 * Core calls every implementation has. Display code still sanitizes with DOMPurify (`extension/*\/sanitize.ts`):
 * this is the engine's own guarantee, not a replacement for that.
 */
import { isSafeLink, isSafeResource } from './safe-url';

/** Elements that run script, load a document, change how the rest parses, or redirect the page. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  'portal',
  'fencedframe',
  // SVG: <set>/<animate> can write a javascript: URL into an href after any check.
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'handler',
  'listener',
  'foreignobject',
]);
/** Attributes that hold a link a user follows. */
const LINK_ATTRS = new Set(['href', 'xlink:href', 'action', 'formaction', 'cite', 'longdesc']);
/** Attributes that load a resource. */
const RESOURCE_ATTRS = new Set([
  'src',
  'poster',
  'background',
  'lowsrc',
  'dynsrc',
  'data',
  'ping',
  'codebase',
]);
const SRCSET_ATTRS = new Set(['srcset', 'imagesrcset']);
/** Attributes that hold markup or script by design. */
const DANGEROUS_ATTRS = new Set([
  'srcdoc',
  'formtarget',
  'is',
  'attributename',
  'values',
  'from',
  'to',
  'by',
]);

export function stripScriptVectors(root: Element): void {
  const doomed: Node[] = [];
  // An explicit stack, not recursion: a page of 10,000 nested elements must not overflow the call stack.
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 8) {
      doomed.push(node);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && DROPPED.has(el.localName.toLowerCase())) {
      doomed.push(el);
      continue;
    }
    stripAttributes(el);
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  for (const node of doomed) node.parentNode?.removeChild(node);
}

function stripAttributes(el: Element): void {
  const names = Array.from(el.attributes, (a) => a.name);
  for (const name of names) {
    const lower = name.toLowerCase().trim();
    const value = el.getAttribute(name) ?? '';
    const bad =
      lower.startsWith('on') ||
      DANGEROUS_ATTRS.has(lower) ||
      (LINK_ATTRS.has(lower) && !isSafeLink(value)) ||
      (RESOURCE_ATTRS.has(lower) && !isSafeResource(value, true)) ||
      (SRCSET_ATTRS.has(lower) && !srcsetIsSafe(value));
    if (bad) el.removeAttribute(name);
  }
}

/** Every candidate URL in a srcset (`url 2x, url 640w`) must be a safe resource. */
function srcsetIsSafe(value: string): boolean {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .every((url) => url === '' || isSafeResource(url, true));
}
