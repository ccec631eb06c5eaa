/**
 * The working copy of a page, copied only as far as the page limits reach. `document.cloneNode(true)` copies the
 * whole page before `tagWithinLimits` cuts it, so a page of 170,000 elements cost seconds to copy and then to
 * drop; here a read-only walk finds where the limits cut the page (`planCopy`, the same rules as
 * `tagWithinLimits`), and only what comes before that point is copied. The dropped part is a suffix of the page
 * in document order, so positions in the copy still match the original's. An element with too many attributes
 * is copied with its first ones only: copying all and then removing the rest was quadratic. A head past its own
 * limit is copied in part (`head-copy.ts`).
 */
import { copyWithFewerAttributes } from '../dom/fewer-attributes';
import {
  crowdedWarning,
  markFlattened,
  textBelow,
  planCopy,
  tooLargeWarning,
  tooManyChildrenWarning,
  type CopyPlan,
  type PageLimits,
} from './page-limits';
import type { EngineWarning } from '../types';
import { copyLargeHead, headTooLarge, largeHeadWarning } from './head-copy';

export function boundedCopy(
  doc: Document,
  limits: PageLimits,
): { copy: Document; warnings: EngineWarning[] } {
  const plan: CopyPlan = doc.body
    ? planCopy(doc.body, limits)
    : { cut: null, crowded: [], tooManyChildren: new Map(), deep: false };
  const largeHead = doc.head && headTooLarge(doc.head) ? doc.head : null;
  if (!plan.cut && !plan.deep && plan.crowded.length === 0 && plan.tooManyChildren.size === 0 && !largeHead)
    return { copy: doc.cloneNode(true) as Document, warnings: [] };
  const copy = doc.cloneNode(false) as Document;
  // The root element only: a doctype appended by hand confuses linkedom's document (no documentElement).
  const root = doc.documentElement;
  copyWithin(root, copy.appendChild(copy.importNode(root, false)), plan, limits, largeHead);
  const warnings: EngineWarning[] = largeHead ? [largeHeadWarning()] : [];
  if (plan.crowded.length > 0) warnings.push(crowdedWarning(plan.crowded.length, limits));
  if (plan.tooManyChildren.size > 0) warnings.push(tooManyChildrenWarning(plan.tooManyChildren.size, limits));
  // A cut inside a text node is made (and said) by tagWithinLimits on the copy, which holds that text node whole.
  if (plan.cut?.inclusive) warnings.push(tooLargeWarning(plan.cut.reason));
  return { copy, warnings };
}

/**
 * Copies into `into` the children of `from` up to the cut. Subtrees holding nothing the plan names are copied
 * whole; the way down to the cut, to each crowded element and to each element whose children are cut short is
 * copied one element at a time, and so is every element of a page nested deeper than the depth limit (the
 * element below would be copied by a call per level). A loop with its own stack: the cut can sit thousands of
 * levels down.
 */
function copyWithin(
  from: Node,
  into: Node,
  plan: CopyPlan,
  limits: PageLimits,
  largeHead: Element | null,
): void {
  const doc = into.ownerDocument as Document;
  const crowded = new Set<Node>(plan.crowded);
  const onPath = new Set<Node>(plan.tooManyChildren.keys());
  const special = [...plan.crowded, ...plan.tooManyChildren.keys(), ...(plan.cut ? [plan.cut.node] : [])];
  for (const node of special)
    for (let up = node.parentNode; up && !onPath.has(up); up = up.parentNode) onPath.add(up);
  const resume: { next: Node | null; from: Node; into: Node; depth: number }[] = [];
  let child: Node | null = from.firstChild;
  let parent = from;
  let parentCopy = into;
  /** Levels below `<body>` of `child`, counted as `tagWithinLimits` counts them (0 outside the body). */
  let depth = 0;
  for (;;) {
    // The children of an element with too many end at the first one left out.
    if (child && child === plan.tooManyChildren.get(parent as Element)) child = null;
    if (!child) {
      const back = resume.pop();
      if (!back) return;
      child = back.next;
      parent = back.from;
      parentCopy = back.into;
      depth = back.depth;
      continue;
    }
    if (
      plan.deep &&
      depth >= limits.maxDepth &&
      child.nodeType === 1 &&
      (child as Element).firstElementChild
    ) {
      // Copied as its text, as tagWithinLimits would leave it, without the markup no copy could hold (see above);
      // up to the cut when the cut is inside, which is then the end of the copy.
      const cutInside = plan.cut !== null && child.contains(plan.cut.node) ? plan.cut.node : null;
      const { text, elements } = textBelow(child as Element, cutInside);
      const flat = doc.importNode(child, false) as Element;
      flat.textContent = text;
      markFlattened(flat, elements);
      parentCopy.appendChild(flat);
      if (cutInside) return;
      child = child.nextSibling;
      continue;
    }
    if (child === plan.cut?.node) {
      if (!plan.cut.inclusive) parentCopy.appendChild(doc.importNode(child, true));
      return;
    }
    if (crowded.has(child) || onPath.has(child) || (plan.deep && child.nodeType === 1)) {
      const shallow = crowded.has(child)
        ? copyWithFewerAttributes(child as Element, doc, limits.maxAttributes)
        : doc.importNode(child, false);
      parentCopy.appendChild(shallow);
      resume.push({ next: child.nextSibling, from: parent, into: parentCopy, depth });
      depth = (child as Element).localName === 'body' ? 1 : depth > 0 ? depth + 1 : 0;
      parent = child;
      parentCopy = shallow;
      child = child.firstChild;
      continue;
    }
    parentCopy.appendChild(child === largeHead ? copyLargeHead(largeHead, doc) : doc.importNode(child, true));
    child = child.nextSibling;
  }
}
