/**
 * Page ids: each element of the working copy knows its position in the original page (given out by
 * `tagWithinLimits`), so a cut block can say where it was and a dropped block can go back where it stood.
 *
 * The ids live in a WeakMap beside the DOM, not in an attribute: an attribute is a node of its own on linkedom
 * (an object, a listener map and a WeakMap entry each), made again by every copy, serialisation and re-parse, and
 * stripped again before the result; on the benchmark pages that was a tenth of the engine's time. Copies keep
 * their ids by `copyPageIds` (a parallel walk of the two trees); Readability, which renames tags and re-parses the
 * page, keeps them by the hooks in `readability-ids.ts`.
 */
import { nextElement } from '../dom/walk';

/** Element → its position in the original page, as a string (the stages key their sets and maps by it). */
const ids = new WeakMap<Element, string>();

export function pageId(el: Element): string | null {
  return ids.get(el) ?? null;
}

export function setPageId(el: Element, id: string): void {
  ids.set(el, id);
}

/** Gives `to` the id of `from`, if it has one (an element rebuilt in place of another). */
export function movePageId(from: Element, to: Element): void {
  const id = ids.get(from);
  if (id !== undefined) ids.set(to, id);
}

/**
 * The elements below `root` (not `root` itself) that carry an id, in document order: what a selector for the old
 * attribute gave. A template's content is not part of the page (a selector skips it; linkedom keeps it in the
 * tree), so the walk does not go into it.
 */
export function elementsWithIds(root: Element): Element[] {
  const found: Element[] = [];
  forEachBelow(root, (el) => {
    if (ids.has(el)) found.push(el);
  });
  return found;
}

/** The first element below `root` with the given id, in document order, or null. */
export function findByPageId(root: Element, id: string): Element | null {
  let found: Element | null = null;
  forEachBelow(root, (el) => {
    if (ids.get(el) !== id) return true;
    found = el;
    return false;
  });
  return found;
}

/**
 * Gives each element of `copy` the id of its counterpart in `source`, of which it is a deep copy
 * (`cloneNode(true)`): the two trees have the same shape, so one walk of both pairs them up.
 */
export function copyPageIds(source: Element, copy: Element): void {
  movePageId(source, copy);
  let from: Element | null = source.firstElementChild;
  let to: Element | null = copy.firstElementChild;
  while (from && to) {
    movePageId(from, to);
    if (from.firstElementChild && to.firstElementChild) {
      from = from.firstElementChild;
      to = to.firstElementChild;
      continue;
    }
    while (from && to && from !== source && !from.nextElementSibling) {
      from = from.parentElement;
      to = to.parentElement;
    }
    if (!from || !to || from === source) return;
    from = from.nextElementSibling;
    to = to.nextElementSibling;
  }
}

/**
 * Calls `visit` on every element below `root` in document order, not going into a template; stops when `visit`
 * returns false.
 */
function forEachBelow(root: Element, visit: (el: Element) => boolean | void): void {
  for (let cur = root.firstElementChild; cur; cur = nextElement(cur, root, cur.localName === 'template')) {
    if (visit(cur) === false) return;
  }
}
