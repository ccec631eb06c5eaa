/**
 * A selector for a remembered box that a person can read and turn into a site rule ("Make this a rule"): its id,
 * else its tag with a stable class name, whichever finds exactly this element. No text in it (the memory stores
 * no page text), and no positional path: a path names a place, not a block, and breaks on the next page.
 */
import { cssEscape } from '../dom/css-escape';
import { looksGenerated } from '../dom/stable-selector';

export function boxSelector(el: Element): string {
  const doc = el.ownerDocument;
  const unique = (selector: string): boolean => {
    try {
      const found = doc.querySelectorAll(selector);
      return found.length === 1 && found[0] === el;
    } catch {
      return false;
    }
  };
  const id = el.getAttribute('id');
  if (id && !looksGenerated(id) && !/\s/.test(id) && unique(`#${cssEscape(id)}`)) return `#${cssEscape(id)}`;
  const tag = cssEscape(el.localName);
  for (const name of Array.from(el.classList)) {
    if (name.length < 2 || looksGenerated(name)) continue;
    const selector = `${tag}.${cssEscape(name)}`;
    if (unique(selector)) return selector;
  }
  return '';
}
