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
import { keepFirstAttributes } from '../dom/fewer-attributes';
import type { EngineWarning } from '../types';

export interface PageLimits {
  /**
   * Elements kept, counted in document order (those inside markup kept as text too); the rest of the page is
   * dropped and a `too-large` warning says so.
   */
  maxElements: number;
  /** Nesting depth below `<body>`; deeper markup is kept as its plain text. */
  maxDepth: number;
  /** Attributes on one element; the element is rebuilt with its first ones. */
  maxAttributes: number;
  /**
   * Element children of one element; the later ones are dropped. Readability re-reads a parent's `children`
   * after each sibling it moves into the article, and linkedom (and jsdom, after a change) builds that list anew
   * on each read: work that grows with the square of the sibling count.
   */
  maxChildren: number;
  /** Characters of text kept; the page is cut after them. */
  maxTextChars: number;
}

export const DEFAULT_LIMITS: PageLimits = {
  maxElements: 20_000,
  maxDepth: 100,
  maxAttributes: 256,
  maxChildren: 3_000,
  maxTextChars: 1_000_000,
};

/** Where the limits cut a page: everything after `node` goes, and `node` too unless it is the shortened text. */
export interface Cut {
  node: Node;
  inclusive: boolean;
  reason: string;
}

/** What the working copy must do differently from a plain deep copy (`bounded-copy.ts`). */
export interface CopyPlan {
  /** Where the page is cut, or null when it is within the element and text limits. */
  cut: Cut | null;
  /** Elements before the cut with more than `maxAttributes` attributes: copied with only their first ones. */
  crowded: Element[];
}

export function tooLargeWarning(reason: string): EngineWarning {
  return { code: 'too-large', message: `Page too large: showing what was cleaned in ${reason}` };
}

/**
 * Where `tagWithinLimits` would cut the page, and which elements carry too many attributes, found without
 * changing it (a read-only walk), so the working copy can stop there and never copy those attributes
 * (`bounded-copy.ts`). Markup below `maxDepth` is walked too: it is kept as text, but copying it is work, so
 * its elements count against `maxElements` like any other.
 */
export function planCopy(body: Element, limits: PageLimits): CopyPlan {
  const crowded: Element[] = [];
  let kept = 0;
  let textChars = 0;
  const stack: { node: Node; depth: number }[] = [];
  for (let c = body.lastChild; c; c = c.previousSibling) stack.push({ node: c, depth: 1 });
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Node; depth: number };
    if (node.nodeType === 3) {
      textChars += node.nodeValue?.length ?? 0;
      // Text below the depth limit is flattened whole by tagWithinLimits, which cannot shorten it there: the
      // copy leaves that text node out, and says so.
      if (textChars > limits.maxTextChars)
        return { cut: { node, inclusive: depth > limits.maxDepth, reason: textReason(limits) }, crowded };
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (kept >= limits.maxElements)
      return { cut: { node: el, inclusive: true, reason: elementsReason(limits) }, crowded };
    kept++;
    if (el.attributes.length > limits.maxAttributes) crowded.push(el);
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, depth: depth + 1 });
  }
  return { cut: null, crowded };
}

const textReason = (limits: PageLimits): string =>
  `the first ${limits.maxTextChars.toLocaleString('en-US')} characters of text`;
const elementsReason = (limits: PageLimits): string =>
  `the first ${limits.maxElements.toLocaleString('en-US')} elements`;

/** An element to visit, or (`skip`) the positions of dropped children to count once the kept ones are done. */
type Step = { node: Node; depth: number } | { skip: number };

/**
 * Tags every element of `body` with its document-order position and enforces `limits`. `positions` is how many
 * positions were given out (tagged or counted): the original's elements past them are never named.
 */
export function tagWithinLimits(
  body: Element,
  idAttr: string,
  limits: PageLimits,
): { warnings: EngineWarning[]; positions: number } {
  const warnings: EngineWarning[] = [];
  let position = 0;
  let kept = 0;
  let textChars = 0;
  let flattened = 0;
  let rebuilt = 0;
  let crowdedParents = 0;
  /** Where the page is cut: everything after `node` goes, and `node` too unless it is the shortened text. */
  let cut: Cut | null = null;
  // An explicit stack: a page of 10,000 nested elements must not overflow the call stack.
  const stack: Step[] = [];
  for (let c = body.lastChild; c; c = c.previousSibling) stack.push({ node: c, depth: 1 });
  while (stack.length > 0 && cut === null) {
    const step = stack.pop() as Step;
    if ('skip' in step) {
      position += step.skip;
      continue;
    }
    const { node, depth } = step;
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
    let el = node as Element;
    if (kept >= limits.maxElements) {
      cut = { node: el, inclusive: true, reason: elementsReason(limits) };
      break;
    }
    // The count first, before any work per attribute (the working copy has done this already; see planCopy).
    if (el.attributes.length > limits.maxAttributes) {
      el = keepFirstAttributes(el, limits.maxAttributes);
      rebuilt++;
    }
    el.setAttribute(idAttr, String(position));
    position++;
    kept++;
    if (depth >= limits.maxDepth && el.firstElementChild) {
      // Its descendants keep their positions (counted, not tagged), and their text stays as text.
      position += countElements(el);
      const text = el.textContent ?? '';
      textChars += text.length;
      el.textContent = text;
      flattened++;
      continue;
    }
    const dropped = dropChildrenPast(el, limits.maxChildren);
    if (dropped > 0) {
      // Their positions come after the kept children's subtrees.
      stack.push({ skip: dropped });
      crowdedParents++;
    }
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, depth: depth + 1 });
  }
  if (flattened > 0) {
    warnings.push({
      code: 'too-large',
      message: `Page nested too deep: markup more than ${limits.maxDepth} levels down was kept as plain text`,
    });
  }
  if (rebuilt > 0) warnings.push(crowdedWarning(rebuilt, limits));
  if (crowdedParents > 0) {
    warnings.push({
      code: 'too-large',
      message: `Page too large: ${plural(crowdedParents, 'element')} with more than ${limits.maxChildren.toLocaleString('en-US')} child elements kept only the first ${limits.maxChildren.toLocaleString('en-US')}`,
    });
  }
  if (cut !== null) {
    dropAfter(cut.node, body);
    if (cut.inclusive) cut.node.parentNode?.removeChild(cut.node);
    warnings.push(tooLargeWarning(cut.reason));
  }
  return { warnings, positions: position };
}

/** Said once for the elements rebuilt with their first `maxAttributes` attributes. */
export function crowdedWarning(count: number, limits: PageLimits): EngineWarning {
  return {
    code: 'too-large',
    message: `Page too large: ${plural(count, 'element')} with more than ${limits.maxAttributes} attributes kept only the first ${limits.maxAttributes}`,
  };
}

const plural = (n: number, noun: string): string =>
  n === 1 ? `an ${noun}` : `${n.toLocaleString('en-US')} ${noun}s`;

/**
 * Removes what follows the element's `max`-th element child (elements and text alike) and returns how many
 * elements went, descendants included, so the positions of the elements after them stay right.
 */
function dropChildrenPast(el: Element, max: number): number {
  let child = el.firstElementChild;
  for (let i = 0; child && i < max; i++) child = child.nextElementSibling;
  if (!child) return 0;
  let dropped = 0;
  while (child.nextSibling) {
    const next = child.nextSibling;
    if (next.nodeType === 1) dropped += 1 + countElements(next as Element);
    el.removeChild(next);
  }
  dropped += 1 + countElements(child);
  el.removeChild(child);
  return dropped;
}

/** The number of elements inside `root` (not counting it): a walk, as `querySelectorAll('*')` would cost more. */
export function countElements(root: Element): number {
  let count = 0;
  let cur: Element | null = root.firstElementChild;
  while (cur) {
    count++;
    if (cur.firstElementChild) {
      cur = cur.firstElementChild;
      continue;
    }
    while (cur && cur !== root && !cur.nextElementSibling) cur = cur.parentElement;
    cur = cur && cur !== root ? cur.nextElementSibling : null;
  }
  return count;
}

/** Removes everything after `node` in document order, up to the end of `root`. */
function dropAfter(node: Node, root: Node): void {
  for (let cur: Node | null = node; cur && cur !== root; cur = cur.parentNode) {
    while (cur.nextSibling) cur.parentNode?.removeChild(cur.nextSibling);
  }
}
