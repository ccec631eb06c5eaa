/**
 * One step of a walk over the elements below a root, in document order, without recursion (pages nest thousands
 * of levels deep) and without a TreeWalker (linkedom has none that skips text nodes as cheaply).
 */

/**
 * The element after `el` in document order, within `root` (never `root` itself), or null at the end.
 * `skipInside`: the walk does not go into `el` (a template's content, a subtree already handled).
 */
export function nextElement(el: Element, root: Element, skipInside = false): Element | null {
  if (!skipInside) {
    const first = el.firstElementChild;
    if (first) return first;
  }
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    const next = cur.nextElementSibling;
    if (next) return next;
  }
  return null;
}
