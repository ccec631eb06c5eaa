import type { TextIndex } from '../dom/text-index';

/** A named structural or text heuristic: finds blocks to remove in a subtree without changing it. */
export interface Heuristic {
  /** Shown as `heuristic:<name>` in the removal log. */
  name: string;
  /** The human reason shown to users. */
  reason: string;
  find(root: Element, index: TextIndex): Element[];
  /**
   * Most heuristics bound the size of what they take. One that may match a large block names the largest share
   * of the page's words it may take; a bigger match is the article itself (a listicle, say) and is kept.
   */
  maxShare?: number;
  /** Run only inside the article (stage 3), e.g. when Readability needs to see the block first. */
  articleOnly?: boolean;
  /**
   * Judges inline elements itself, so the prose guard (an inline element beside its parent's own words is part
   * of that sentence) is not applied: a credit span beside a figure's caption is a line of its own.
   */
  judgesInline?: boolean;
}

/** Climbs from `el` while its parent holds nothing else with text, so a wrapped line is removed whole. */
export function outermostWrapper(el: Element, root: Element, index: TextIndex): Element {
  let cur = el;
  while (
    cur.parentElement &&
    cur.parentElement !== root &&
    index.text(cur.parentElement) === index.text(cur)
  ) {
    cur = cur.parentElement;
  }
  return cur;
}
