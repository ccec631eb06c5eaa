/** A named structural or text heuristic: finds blocks to remove in a subtree without changing it. */
export interface Heuristic {
  /** Shown as `heuristic:<name>` in the removal log. */
  name: string;
  /** The human reason shown to users. */
  reason: string;
  find(root: Element, textOf: (el: Element) => string): Element[];
}

/** Elements that can hold one line or block of text on their own. */
export const BLOCK_SELECTOR =
  'p, div, section, aside, li, ul, ol, h1, h2, h3, h4, h5, h6, span, strong, b, em, a, figcaption, header, footer, blockquote, small';

export function wordCount(text: string): number {
  return text === '' ? 0 : text.split(' ').length;
}

/** Climbs from `el` while its parent holds nothing else with text, so a wrapped line is removed whole. */
export function outermostWrapper(el: Element, root: Element, textOf: (el: Element) => string): Element {
  let cur = el;
  while (cur.parentElement && cur.parentElement !== root && textOf(cur.parentElement) === textOf(cur)) {
    cur = cur.parentElement;
  }
  return cur;
}
