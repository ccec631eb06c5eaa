/**
 * The working copy of a page, copied only as far as the page limits reach. `document.cloneNode(true)` copies the
 * whole page before `tagWithinLimits` cuts it, so a page of 170,000 elements cost seconds to copy and then to
 * drop; here a read-only walk finds where the limits cut the page (`findCut`, the same rules as
 * `tagWithinLimits`), and only what comes before that point is copied. The dropped part is a suffix of the page
 * in document order, so positions in the copy still match the original's.
 */
import { findCut, tooLargeWarning, type Cut, type PageLimits } from './page-limits';
import type { EngineWarning } from '../types';

export function boundedCopy(
  doc: Document,
  limits: PageLimits,
): { copy: Document; warnings: EngineWarning[] } {
  const cut = doc.body ? findCut(doc.body, limits) : null;
  if (!cut) return { copy: doc.cloneNode(true) as Document, warnings: [] };
  const copy = doc.cloneNode(false) as Document;
  const onPath = new Set<Node>();
  for (let up: Node | null = cut.node; up; up = up.parentNode) onPath.add(up);
  // The root element only: a doctype appended by hand confuses linkedom's document (no documentElement).
  const root = doc.documentElement;
  copyBefore(root, copy.appendChild(copy.importNode(root, false)), cut, onPath);
  // A cut inside a text node is made (and said) by tagWithinLimits on the copy, which holds that text node whole.
  return { copy, warnings: cut.inclusive ? [tooLargeWarning(cut.reason)] : [] };
}

/** Copies into `into` the children of `from` up to the cut: those before it, and the way down to it. */
function copyBefore(from: Node, into: Node, cut: Cut, onPath: Set<Node>): void {
  const doc = into.ownerDocument as Document;
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (child === cut.node) {
      if (!cut.inclusive) into.appendChild(doc.importNode(child, true));
      return;
    }
    if (onPath.has(child)) {
      copyBefore(child, into.appendChild(doc.importNode(child, false)), cut, onPath);
      return;
    }
    into.appendChild(doc.importNode(child, true));
  }
}
