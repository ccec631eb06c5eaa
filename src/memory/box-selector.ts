/**
 * A selector for a remembered box that a person can read and turn into a site rule ("Make this a rule"): its id,
 * else its tag with a stable class name, whichever finds exactly this element. No text in it (the memory stores
 * no page text), and no positional path: a path names a place, not a block, and breaks on the next page.
 *
 * Uniqueness comes from counts taken during the one walk over the page (`NameCounts`): a query per box costs a
 * whole-document walk each, a third of a clean on a large page.
 */
import { cssEscape } from '../dom/css-escape';
import { looksGenerated } from '../dom/stable-selector';

/** How many elements carry each id and each tag-and-class pair. */
export class NameCounts {
  private readonly counts = new Map<string, number>();

  count(el: Element): void {
    const id = el.getAttribute('id');
    if (id) this.bump(`#${id}`);
    const classes = el.getAttribute('class');
    if (!classes) return;
    for (const name of new Set(classes.split(/[\t\n\f\r ]+/)))
      if (name !== '') this.bump(`${el.localName}.${name}`);
  }

  unique(key: string): boolean {
    return this.counts.get(key) === 1;
  }

  private bump(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}

export function boxSelector(el: Element, names: NameCounts): string {
  const id = el.getAttribute('id');
  if (id && !looksGenerated(id) && !/\s/.test(id) && names.unique(`#${id}`)) return `#${cssEscape(id)}`;
  const classes = (el.getAttribute('class') ?? '').split(/[\t\n\f\r ]+/);
  for (const name of classes) {
    if (name.length < 2 || looksGenerated(name)) continue;
    if (names.unique(`${el.localName}.${name}`)) return `${cssEscape(el.localName)}.${cssEscape(name)}`;
  }
  return '';
}
