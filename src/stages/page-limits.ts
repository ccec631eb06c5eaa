/**
 * Bounds on the page the engine cleans, so a hostile or broken page costs bounded time and memory instead of a
 * hang: the stages after this one (rules, heuristics, Readability) each walk the tree and measure text, and
 * Readability's work grows with depth times size. Real pages sit far inside the limits (benchmark pages: depth at
 * most 50, at most 10,110 elements, 64 attributes on one element).
 *
 * One walk over the working copy, in document order, does two jobs: it gives each element its position (its
 * page id, `page-ids.ts`: how a cut block finds its place in the original page) and applies the limits. Positions count
 * every element of the original, also those a limit dropped, so the tags still point at the right originals.
 */
import { attributeCount, keepFirstAttributes } from '../dom/fewer-attributes';
import type { EngineWarning } from '../types';
import { setPageId } from './page-ids';
import { nextElement } from '../dom/walk';

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
  /** Elements with more than `maxChildren` element children, and the first child left out (with all after it). */
  tooManyChildren: Map<Element, Element>;
  /**
   * Whether markup goes deeper than `maxDepth`: the copy is then made one element at a time, since a deep copy
   * recurses once per level (jsdom's `cloneNode` overflows the call stack some thousands of levels down).
   */
  deep: boolean;
}

export function tooLargeWarning(reason: string): EngineWarning {
  return { code: 'too-large', message: `Page too large: showing what was cleaned in ${reason}` };
}

/**
 * What the working copy keeps of the page: where `tagWithinLimits` would cut it, which elements carry too many
 * attributes, and where a parent's children are cut short, found without changing the page (a read-only walk)
 * so that the copy never holds the rest (`bounded-copy.ts`). The walk goes in document order but skips each
 * element's children after its `maxChildren`-th element child: positions count elements in that order
 * (`elementsInLimitOrder`), and nothing past the limits is ever read. Markup below `maxDepth` is walked too: it
 * is kept as text, but copying it is work, so its elements count against `maxElements` like any other.
 */
export function planCopy(body: Element, limits: PageLimits): CopyPlan {
  const plan: CopyPlan = { cut: null, crowded: [], tooManyChildren: new Map(), deep: false };
  let kept = 0;
  let textChars = 0;
  // A walk by sibling and parent links (see tagWithinLimits), its depth counted on the way.
  let node = firstChildWithin(body, limits.maxChildren, plan.tooManyChildren);
  let depth = 1;
  while (node) {
    let first: Node | null = null;
    if (node.nodeType === 3) {
      textChars += node.nodeValue?.length ?? 0;
      // Text below the depth limit is flattened whole by tagWithinLimits, which cannot shorten it there: the
      // copy leaves that text node out, and says so.
      if (textChars > limits.maxTextChars) {
        plan.cut = { node, inclusive: depth > limits.maxDepth, reason: textReason(limits) };
        return plan;
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (kept >= limits.maxElements) {
        plan.cut = { node: el, inclusive: true, reason: elementsReason(limits) };
        return plan;
      }
      kept++;
      if (depth > limits.maxDepth) plan.deep = true;
      if (attributeCount(el) > limits.maxAttributes) plan.crowded.push(el);
      first = firstChildWithin(el, limits.maxChildren, plan.tooManyChildren);
    }
    if (first) {
      node = first;
      depth++;
      continue;
    }
    // The next sibling within its parent's limit, else that of the nearest ancestor that has one.
    for (;;) {
      const parent = node.parentNode as Element;
      const next: Node | null = node.nextSibling;
      if (next && next !== plan.tooManyChildren.get(parent)) {
        node = next;
        break;
      }
      if (parent === body) {
        node = null;
        break;
      }
      node = parent;
      depth--;
    }
  }
  return plan;
}

/**
 * The first child of `el` to visit: its first child node, unless that is already past its first `max` element
 * children. The first element child left out, if any, is noted in `cutShort`.
 */
function firstChildWithin(el: Element, max: number, cutShort: Map<Element, Element>): Node | null {
  const first = firstPastLimit(el, max);
  if (first) cutShort.set(el, first);
  return el.firstChild === first ? null : el.firstChild;
}

/** The element child after the first `max` ones, or null when there are no more than `max`. */
function firstPastLimit(el: Element, max: number): Element | null {
  let child = el.firstElementChild;
  for (let i = 0; child && i < max; i++) child = child.nextElementSibling;
  return child;
}

/**
 * The first `count` elements of `body` in the order positions are given (`planCopy`): document order, leaving
 * out each element's children after its `maxChildren`-th element child. How `whereOf` finds an original from a
 * position without reading the rest of a huge page.
 */
export function elementsInLimitOrder(body: Element, count: number, limits: PageLimits): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [];
  const pushKids = (el: Element): void => {
    const past = firstPastLimit(el, limits.maxChildren);
    for (let c = past ? past.previousElementSibling : el.lastElementChild; c; c = c.previousElementSibling)
      stack.push(c);
  };
  pushKids(body);
  while (stack.length > 0 && found.length < count) {
    const el = stack.pop() as Element;
    found.push(el);
    pushKids(el);
  }
  return found;
}

const textReason = (limits: PageLimits): string =>
  `the first ${limits.maxTextChars.toLocaleString('en-US')} characters of text`;
const elementsReason = (limits: PageLimits): string =>
  `the first ${limits.maxElements.toLocaleString('en-US')} elements`;

/**
 * Tags every element of `body` with its document-order position and enforces `limits`. `positions` is how many
 * positions were given out (tagged or counted): the original's elements past them are never named.
 */
export function tagWithinLimits(
  body: Element,
  limits: PageLimits,
): { warnings: EngineWarning[]; positions: number } {
  const warnings: EngineWarning[] = [];
  let position = 0;
  let kept = 0;
  let textChars = 0;
  let flattened = 0;
  let rebuilt = 0;
  /** Where the page is cut: everything after `node` goes, and `node` too unless it is the shortened text. */
  let cut: Cut | null = null;
  // A walk by sibling and parent links, its depth counted on the way: a page of 10,000 nested elements must not
  // overflow the call stack, and an entry per node on a stack of our own was a share of the stage's garbage.
  let node: Node | null = body.firstChild;
  let depth = 1;
  while (node) {
    /** Whether the walk goes into the node's children. */
    let inside = false;
    if (node.nodeType === 3) {
      const length = node.nodeValue?.length ?? 0;
      if (textChars + length > limits.maxTextChars) {
        node.nodeValue = (node.nodeValue ?? '').slice(0, Math.max(0, limits.maxTextChars - textChars));
        cut = { node, inclusive: false, reason: textReason(limits) };
        break;
      }
      textChars += length;
    } else if (node.nodeType === 1) {
      let el = node as Element;
      if (kept >= limits.maxElements) {
        cut = { node: el, inclusive: true, reason: elementsReason(limits) };
        break;
      }
      // The count first, before any work per attribute (the working copy has done this already; see planCopy).
      if (attributeCount(el) > limits.maxAttributes) {
        el = keepFirstAttributes(el, limits.maxAttributes);
        node = el;
        rebuilt++;
      }
      setPageId(el, String(position));
      position++;
      kept++;
      const copiedFlat = flattenedInCopy.get(el);
      if (depth >= limits.maxDepth && (copiedFlat !== undefined || el.firstElementChild)) {
        // Its descendants keep their positions (counted, not tagged), and their text stays as text.
        if (copiedFlat !== undefined) {
          position += copiedFlat;
          textChars += el.textContent?.length ?? 0;
        } else {
          position += countElements(el);
          textChars += flattenToText(el);
        }
        flattened++;
      } else {
        inside = true;
      }
    }
    const first: Node | null = inside ? node.firstChild : null;
    if (first) {
      node = first;
      depth++;
      continue;
    }
    while (node !== body && !node.nextSibling) {
      node = node.parentNode as Node;
      depth--;
    }
    node = node === body ? null : node.nextSibling;
  }
  if (flattened > 0) {
    warnings.push({
      code: 'too-large',
      message: `Page nested too deep: markup more than ${limits.maxDepth} levels down was kept as plain text`,
    });
  }
  if (rebuilt > 0) warnings.push(crowdedWarning(rebuilt, limits));
  if (cut !== null) {
    dropAfter(cut.node, body);
    if (cut.inclusive) cut.node.parentNode?.removeChild(cut.node);
    warnings.push(tooLargeWarning(cut.reason));
  }
  return { warnings, positions: position };
}

/** Said once for the elements whose children were cut short. */
export function tooManyChildrenWarning(count: number, limits: PageLimits): EngineWarning {
  const max = limits.maxChildren.toLocaleString('en-US');
  return {
    code: 'too-large',
    message: `Page too large: ${plural(count, 'element')} with more than ${max} child elements kept only the first ${max}`,
  };
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

/** The number of elements inside `root` (not counting it): a walk, as `querySelectorAll('*')` would cost more. */
export function countElements(root: Element): number {
  let count = 0;
  for (let cur = root.firstElementChild; cur; cur = nextElement(cur, root)) count++;
  return count;
}

/**
 * Elements of a working copy made with their markup already replaced by its text (`bounded-copy.ts`, on a page
 * nested deeper than the limit), with how many elements that markup held: their positions still count.
 */
const flattenedInCopy = new WeakMap<Element, number>();

export function markFlattened(el: Element, elements: number): void {
  flattenedInCopy.set(el, elements);
}

/**
 * The text inside `el` in document order and how many elements hold it, up to `stop` (left out) when it is
 * inside: what `textContent` and `countElements` give, read in a loop rather than a call per level.
 */
export function textBelow(el: Element, stop: Node | null = null): { text: string; elements: number } {
  const parts: string[] = [];
  let elements = 0;
  let cur: Node | null = el.firstChild;
  while (cur && cur !== stop) {
    if (cur.nodeType === 3 || cur.nodeType === 4) parts.push(cur.nodeValue ?? '');
    else if (cur.nodeType === 1) elements++;
    if (cur.firstChild) {
      cur = cur.firstChild;
      continue;
    }
    while (cur && cur !== el && !cur.nextSibling) cur = cur.parentNode;
    cur = cur && cur !== el ? cur.nextSibling : null;
  }
  return { text: parts.join(''), elements };
}

/**
 * Replaces the markup inside `el` by its text (what `el.textContent = el.textContent` does) and returns the text's
 * length. The markup is taken apart from the top down, each node removed while it is a child of `el` or the root
 * of a tree already cut off: jsdom walks every ancestor on each removal, call by call, and overflows the call stack
 * on markup thousands of levels deep.
 */
function flattenToText(el: Element): number {
  const { text } = textBelow(el);
  const loose: Node[] = Array.from(el.childNodes);
  for (let node = loose.pop(); node; node = loose.pop()) {
    node.parentNode?.removeChild(node);
    for (let c = node.firstChild; c; c = c.nextSibling) loose.push(c);
  }
  el.textContent = text;
  return text.length;
}

/** Removes everything after `node` in document order, up to the end of `root`. */
function dropAfter(node: Node, root: Node): void {
  for (let cur: Node | null = node; cur && cur !== root; cur = cur.parentNode) {
    while (cur.nextSibling) cur.parentNode?.removeChild(cur.nextSibling);
  }
}
