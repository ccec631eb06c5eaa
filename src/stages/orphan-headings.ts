/**
 * Headings left heading nothing. When the rules and heuristics cut what followed a heading, to the end of the
 * block it stands in ("More on this topic" over a row of cards, "Recommended for you" over a product slider), the
 * heading was the title of what was cut and goes with it. Judged on structure alone, in any language: after the
 * heading's own line, up to the end of its parent, there is nothing but blocks cut in the same pass (at least
 * one), white space and empty elements. A heading followed by anything that stays (text, an image, a video, a
 * table) heads that and stays. A heading that ends the article (after it, in reading order, nothing with content
 * stays) heads nothing either, even when nothing was cut: the list it was over is filled by a script, or Readability
 * left it out. Only inside the article (stage 3): Readability has already chosen it.
 */
import type { TextIndex } from '../dom/text-index';
import { isOneOf, tags, tagsInside } from '../dom/tags';
import { outermostWrapper } from '../heuristics/heuristic';

export const ORPHAN_HEADING_ID = 'heuristic:orphan-heading';
export const ORPHAN_HEADING_REASON = 'Heading of a block that was cut';
const HEADINGS = tags('h2, h3, h4, h5, h6');
/** What a heading may head without words: it stays above these. */
const MEDIA = tags('img, picture, video, audio, iframe, svg, object, embed, table');
/** A heading is a line; a longer one is a paragraph styled as a heading. */
const MAX_HEADING_WORDS = 15;

type Left = 'kept' | 'cut' | 'empty';
/** The blocks cut in this pass, and the elements that hold one. */
interface Cuts {
  cut: ReadonlySet<Element>;
  holders: ReadonlySet<Element>;
}

/** The headings (or the wrappers that hold only them) left with nothing after them once `cut` is removed. */
export function orphanHeadings(root: Element, cut: readonly Element[], index: TextIndex): Element[] {
  const cutSet = new Set(cut);
  // Every element that holds a cut, found once from the cuts up, rather than asked of each cut per element.
  const holders = new Set<Element>();
  for (const c of cut)
    for (let up = c.parentElement; up && !holders.has(up); up = up.parentElement) holders.add(up);
  const cuts: Cuts = { cut: cutSet, holders };
  const found: Element[] = [];
  for (const heading of tagsInside(root, HEADINGS)) {
    const words = index.words(heading);
    if (words === 0 || words > MAX_HEADING_WORDS || insideCut(heading, root, cutSet)) continue;
    const line = outermostWrapper(heading, root, index);
    if (
      headsOnlyCuts(line, cuts, index) ||
      (headsNothing(line, root, cuts, index) &&
        !LEAD_IN.test(index.text(heading)) &&
        textBefore(line, root, cuts, index))
    )
      found.push(line);
  }
  return found;
}

/**
 * "Belag:", "Zutaten für den Teig:": a heading ending in a colon is the lead-in of a list or table of its block
 * (a recipe's ingredients for each part), which the page may fill later; it is the article's own even when empty.
 */
const LEAD_IN = /:\s*$/;

/**
 * Whether the heading ends the article: in reading order after its line, once the cuts are made, nothing with
 * content follows ("Also on Example.com" over a list a script fills, "Weiterführende Links" over links cut before).
 * A heading above another heading is left alone: pages set lists of names or figures as runs of headings.
 */
function headsNothing(line: Element, root: Element, cuts: Cuts, index: TextIndex): boolean {
  for (let el: Element | null = line; el && el !== root; el = el.parentElement) {
    for (let node = el.nextSibling; node; node = node.nextSibling) {
      if (staysWithContent(node, cuts, index)) return false;
    }
  }
  return true;
}

/** Whether anything of `node` stays once the cuts are made: text or media. */
function staysWithContent(node: Node, cuts: Cuts, index: TextIndex): boolean {
  if (node.nodeType === 3) return /\S/.test(node.nodeValue ?? '');
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (cuts.cut.has(el)) return false;
  if (isOneOf(el, MEDIA)) return true;
  if (!cuts.holders.has(el) && index.words(el) === 0 && tagsInside(el, MEDIA).length === 0) return false;
  return Array.from(el.childNodes).some((child) => staysWithContent(child, cuts, index));
}

/** Whether some text that stays comes before the heading: the first line of the article is its standfirst. */
function textBefore(line: Element, root: Element, cuts: Cuts, index: TextIndex): boolean {
  for (let el: Element | null = line; el && el !== root; el = el.parentElement) {
    for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (!cuts.cut.has(sib) && index.words(sib) > 0) return true;
    }
  }
  return false;
}

function insideCut(el: Element, root: Element, cutSet: ReadonlySet<Element>): boolean {
  for (let up: Element | null = el; up && up !== root; up = up.parentElement) if (cutSet.has(up)) return true;
  return false;
}

/** Whether the siblings after `line` are all cut or empty, and one at least was cut. */
function headsOnlyCuts(line: Element, cuts: Cuts, index: TextIndex): boolean {
  let cutAfter = false;
  for (let node = line.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      if (/\S/.test(node.nodeValue ?? '')) return false;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const left = whatIsLeft(node as Element, cuts, index);
    if (left === 'kept') return false;
    if (left === 'cut') cutAfter = true;
  }
  return cutAfter;
}

/** What of `el` stays once the cuts are made: some content, nothing because it was cut, or nothing at all. */
function whatIsLeft(el: Element, cuts: Cuts, index: TextIndex): Left {
  if (cuts.cut.has(el)) return 'cut';
  if (isOneOf(el, MEDIA)) return 'kept';
  if (!cuts.holders.has(el))
    return index.words(el) > 0 || tagsInside(el, MEDIA).length > 0 ? 'kept' : 'empty';
  let sawCut = false;
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) {
      if (/\S/.test(child.nodeValue ?? '')) return 'kept';
      continue;
    }
    if (child.nodeType !== 1) continue;
    const left = whatIsLeft(child as Element, cuts, index);
    if (left === 'kept') return 'kept';
    if (left === 'cut') sawCut = true;
  }
  return sawCut ? 'cut' : 'empty';
}
