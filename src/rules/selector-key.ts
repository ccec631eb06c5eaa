/**
 * What a plain selector needs the matched element itself to carry: `.share-bar` and `aside.share-bar` need the
 * class, `#respond` and `form#respond` the id. A page where no element carries it cannot match the rule, so the
 * rule is left out of the page's one joined query (on linkedom, every selector in that query is tested against
 * every element of the page; most built-in rules find nothing on most pages).
 *
 * Only these simple forms get a key; any other selector (attributes, combinators, pseudo-classes) is always run.
 * Keys are compared in lower case, so the check is never stricter than a quirks-mode page's matching.
 */

export interface SelectorKey {
  kind: 'class' | 'id';
  /** Lower case. */
  name: string;
}

const KEYED = /^([a-z][a-z0-9-]*)?([.#])([a-z_][\w-]*)$/i;

/** The keys of a selector list, one per comma-separated part; null when any part has none. */
export function selectorKeys(css: string): SelectorKey[] | null {
  const keys: SelectorKey[] = [];
  for (const part of css.split(',')) {
    const match = KEYED.exec(part.trim());
    if (!match) return null;
    keys.push({ kind: match[2] === '.' ? 'class' : 'id', name: (match[3] ?? '').toLowerCase() });
  }
  return keys;
}
