/**
 * A block's fingerprint: a hash of its normalised text and a hash of its structural path, never the text itself
 * (the memory is stored in the browser, and a hash of a sentence cannot be read back). The path tells a site's
 * footer "Contact us" from the same words in an article's last paragraph.
 */
import { hashText } from '../rules/rule-id';

/** How many ancestors the structural path names: enough to place a block, few enough to survive a redesign's details. */
const PATH_DEPTH = 6;

/** `<kind><text hash>.p<path hash>`, at most 17 characters: `b` for a box, `t` for a leaf (see print-kind.ts). */
export function printOf(kind: 'box' | 'leaf', normalisedText: string, path: string): string {
  return `${kind === 'box' ? 'b' : 't'}${hashText(normalisedText)}.p${hashText(path)}`;
}

/**
 * Tag names from the block up (at most `PATH_DEPTH` ancestors, stopping at the body). Class names are left out
 * on purpose: sites put per-page classes on wrappers ("post-4521", "category-politics", "tag-budget"), and a
 * path that changes with the page would make the template invisible.
 */
export function structuralPath(el: Element): string {
  const parts = [el.localName];
  let up = el.parentElement;
  for (let i = 0; up && i < PATH_DEPTH && up.localName !== 'body'; i++, up = up.parentElement) {
    parts.push(up.localName);
  }
  return parts.reverse().join('>');
}
