/**
 * The heuristics that find a site's own furniture (navigation menus, share bars, sign-up and consent boxes,
 * hashtag rows, widget labels, ads spelled in look-alike letters) rather than judging article text. On a page that is not an article (a front page,
 * a list of links) these still find clutter, while the others' idea of clutter (announced link lists, story
 * cards, inline "MORE:" links, datelines, captions) is such a page's content. `CleanOptions.pageChrome` runs
 * only these over the whole page ("Clean anyway"), then cuts the page's own landmarks (`pageLandmarks`).
 */
import { TextIndex } from '../dom/text-index';
import type { PageContext } from '../stages/page-context';
import type { Heuristic } from './heuristic';
import { HEURISTICS } from './index';

export const PAGE_CHROME_HEURISTICS: ReadonlySet<string> = new Set([
  'nav-menu',
  'share-cluster',
  'cta-box',
  'hashtag-row',
  'boilerplate-line',
  'look-alike-text',
]);

/** The heuristic ids (`heuristic:<name>`) that are not page chrome: switched off in the page-chrome mode. */
export function nonChromeHeuristicIds(): string[] {
  return HEURISTICS.filter((h) => !PAGE_CHROME_HEURISTICS.has(h.name)).map((h) => `heuristic:${h.name}`);
}

/** A landmark that holds more than this share of the page's words is the page itself, not its furniture. */
const MAX_LANDMARK_SHARE = 0.4;

/**
 * The site's own landmarks: navigation, the page header (banner) and the page footer, outside any article or
 * main region. On an article Readability leaves them out; on a page that is not one only this takes them.
 */
export const pageLandmarks: Heuristic = {
  name: 'page-landmarks',
  reason: 'Site header, navigation and footer',
  find(root, index) {
    const total = index.words(root);
    return index
      .all('nav, [role="navigation"], header, [role="banner"], footer, [role="contentinfo"]')
      .filter((el) => {
        const landmark = el.localName === 'nav' || el.hasAttribute('role');
        if (!landmark && el.closest('article, main, [role="main"]')) return false;
        return index.words(el) <= MAX_LANDMARK_SHARE * total;
      });
  },
};

/** Cuts the page's landmarks (unless switched off on the site): the page-chrome mode's last step. */
export function cutPageLandmarks(ctx: PageContext, root: Element): void {
  const ruleId = `heuristic:${pageLandmarks.name}`;
  if (ctx.disabled.has(ruleId)) return;
  const index = new TextIndex(root, root.ownerDocument);
  const found = pageLandmarks.find(root, index);
  ctx.remove(
    found.map((el) => ({ el, ruleId, reason: pageLandmarks.reason })),
    'pre-rules',
  );
}
