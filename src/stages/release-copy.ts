/**
 * A copy of the page the engine made (the working copy, the copy without clobbering names) is emptied when the
 * clean is done, so that nothing outside it keeps it alive. jsdom lists every element with an `id` (or a `name`,
 * on images, forms, frames and embeds) that sits in any document of a window among that window's named
 * properties, clones of the page included, and forgets it only when the element leaves its document: a copy
 * dropped whole stayed reachable from the page's window for as long as the page was kept, 2 to 8 MB per
 * `clean()` of a benchmark page. Taking the root element out takes every element out of that list. Other DOMs
 * keep no such list; there it is one cheap removal.
 */
export function releaseCopy(copy: Document): void {
  const root = copy.documentElement;
  if (root) copy.removeChild(root);
}
