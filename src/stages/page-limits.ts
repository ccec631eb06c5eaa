/**
 * Bounds on the page the engine cleans, so a hostile or broken page costs bounded time and memory instead of a
 * hang: the stages after this one (rules, heuristics, Readability) each walk the tree and measure text, and
 * Readability's work grows with depth times size. Real pages sit far inside the limits (benchmark pages: depth at
 * most 50, at most 10,110 elements, 64 attributes on one element).
 *
 * One walk over the working copy, in document order, does two jobs: it tags each element with its position
 * (`data-pith-id`, how a cut block finds its place in the original page) and applies the limits. Positions count
 * every element of the original, also those a limit dropped, so the tags still point at the right originals.
 */
import type { EngineWarning } from '../types';

export interface PageLimits {
  /** Elements kept; the rest of the page (in document order) is dropped and a `too-large` warning says so. */
  maxElements: number;
  /** Nesting depth below `<body>`; deeper markup is kept as its plain text. */
  maxDepth: number;
  /** Attributes on one element; the rest are dropped. */
  maxAttributes: number;
  /** Characters of text kept; the page is cut after them. */
  maxTextChars: number;
}

export const DEFAULT_LIMITS: PageLimits = {
  maxElements: 20_000,
  maxDepth: 100,
  maxAttributes: 256,
  maxTextChars: 1_000_000,
};

/** Where the limits cut a page: everything after `node` goes, and `node` too unless it is the shortened text. */
export interface Cut {
  node: Node;
  inclusive: boolean;
  reason: string;
}

export function tooLargeWarning(reason: string): EngineWarning {
  return { code: 'too-large', message: `Page too large: showing what was cleaned in ${reason}` };
}

/**
 * Where `tagWithinLimits` would cut the page, found without changing it (the same walk, read only), so the
 * working copy can stop there (`bounded-copy.ts`). Null when the page is within the element and text limits.
 */
export function findCut(body: Element, limits: PageLimits): Cut | null {
  let kept = 0;
  let textChars = 0;
  const stack: { node: Node; depth: number }[] = [];
  for (let c = body.lastChild; c; c = c.previousSibling) stack.push({ node: c, depth: 1 });
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Node; depth: number };
    if (node.nodeType === 3) {
      textChars += node.nodeValue?.length ?? 0;
      if (textChars > limits.maxTextChars) return { node, inclusive: false, reason: textReason(limits) };
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (kept >= limits.maxElements) return { node: el, inclusive: true, reason: elementsReason(limits) };
    kept++;
    if (depth >= limits.maxDepth && el.firstElementChild) {
      textChars += el.textContent?.length ?? 0;
      continue;
    }
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, depth: depth + 1 });
  }
  return null;
}

const textReason = (limits: PageLimits): string =>
  `the first ${limits.maxTextChars.toLocaleString('en-US')} characters of text`;
const elementsReason = (limits: PageLimits): string =>
  `the first ${limits.maxElements.toLocaleString('en-US')} elements`;

/** Tags every element of `body` with its document-order position and enforces `limits`. */
export function tagWithinLimits(body: Element, idAttr: string, limits: PageLimits): EngineWarning[] {
  const warnings: EngineWarning[] = [];
  let position = 0;
  let kept = 0;
  let textChars = 0;
  let flattened = 0;
  /** Where the page is cut: everything after `node` goes, and `node` too unless it is the shortened text. */
  let cut: Cut | null = null;
  // An explicit stack: a page of 10,000 nested elements must not overflow the call stack.
  const stack: { node: Node; depth: number }[] = [];
  for (let c = body.lastChild; c; c = c.previousSibling) stack.push({ node: c, depth: 1 });
  while (stack.length > 0 && cut === null) {
    const { node, depth } = stack.pop() as { node: Node; depth: number };
    if (node.nodeType === 3) {
      const length = node.nodeValue?.length ?? 0;
      if (textChars + length > limits.maxTextChars) {
        node.nodeValue = (node.nodeValue ?? '').slice(0, Math.max(0, limits.maxTextChars - textChars));
        cut = { node, inclusive: false, reason: textReason(limits) };
        break;
      }
      textChars += length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (kept >= limits.maxElements) {
      cut = { node: el, inclusive: true, reason: elementsReason(limits) };
      break;
    }
    el.setAttribute(idAttr, String(position));
    position++;
    kept++;
    trimAttributes(el, idAttr, limits.maxAttributes);
    if (depth >= limits.maxDepth && el.firstElementChild) {
      // Its descendants keep their positions (counted, not tagged), and their text stays as text.
      position += el.querySelectorAll('*').length;
      const text = el.textContent ?? '';
      textChars += text.length;
      el.textContent = text;
      flattened++;
      continue;
    }
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, depth: depth + 1 });
  }
  if (flattened > 0) {
    warnings.push({
      code: 'too-large',
      message: `Page nested too deep: markup more than ${limits.maxDepth} levels down was kept as plain text`,
    });
  }
  if (cut !== null) {
    dropAfter(cut.node, body);
    if (cut.inclusive) cut.node.parentNode?.removeChild(cut.node);
    warnings.push(tooLargeWarning(cut.reason));
  }
  return warnings;
}

function trimAttributes(el: Element, idAttr: string, max: number): void {
  if (el.attributes.length <= max) return;
  const extra = Array.from(el.attributes)
    .slice(max)
    .map((a) => a.name)
    .filter((name) => name !== idAttr);
  for (const name of extra) el.removeAttribute(name);
}

/** Removes everything after `node` in document order, up to the end of `root`. */
function dropAfter(node: Node, root: Node): void {
  for (let cur: Node | null = node; cur && cur !== root; cur = cur.parentNode) {
    while (cur.nextSibling) cur.parentNode?.removeChild(cur.nextSibling);
  }
}
