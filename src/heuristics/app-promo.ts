/**
 * App promo: the box that sends the reader to the site's app in an app store ("Get the latest news straight to
 * your phone with our app" over a Google Play and an App Store badge). The stores' addresses are the same in
 * every language and on every site, so the badge links find the box where its pitch is in any words and its
 * class names are hashed; cta-box needs a "Download the app" button, and a row of badge images has no text.
 *
 * A badge is a link to a store that is an image or a store's name ("Google Play", "App Store"): a sentence of
 * the article that links an app's page in its own words ("the <a>Ferry app</a> shows the timetable") is prose
 * and never a badge. The box is the badge's largest ancestor that is still a pitch of a few words with no line of
 * prose and no headline; an article that reviews an app, with a badge beside its paragraphs, keeps them.
 */
import type { TextIndex } from '../dom/text-index';
import type { Heuristic } from './heuristic';
import { hasTagInside, tags, tagsInside } from '../dom/tags';

/** App stores' hosts: Apple's, Google's, Huawei's and Microsoft's. */
const STORE_HOSTS = new Set([
  'apps.apple.com',
  'itunes.apple.com',
  'play.google.com',
  'appgallery.huawei.com',
  'apps.microsoft.com',
]);
/** A badge's words when it is text: the store's name, with "get it on" or "download on the" before it. */
const STORE_NAME =
  /^((get it|download|available)( it)? (on|from|in)( the)?\s+)?(google play|play store|app store|apple store|itunes|appgallery)$/i;
const BADGE_IMAGE = tags('img, svg, picture');
/** A pitch is a line or two: "Get the latest news straight to your phone with the VI Consortium app." */
const MAX_BOX_WORDS = 40;
/** A paragraph longer than this is prose, and a box holding one is the article's. */
const MAX_LINE_WORDS = 30;
const LINES = tags('p, li, blockquote, h2, h3, h4, h5, h6');
const HEADLINE = tags('h1');

export const appPromo: Heuristic = {
  name: 'app-promo',
  reason: 'App download promotion',
  find(root, index) {
    const found: Element[] = [];
    for (const link of index.all('a')) {
      if (!isBadge(link, index)) continue;
      let box = link;
      for (let up = link.parentElement; up && up !== root; up = up.parentElement) {
        if (index.words(up) > MAX_BOX_WORDS || hasTagInside(up, HEADLINE) || hasLongLine(up, index)) break;
        box = up;
      }
      found.push(box);
    }
    return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  },
};

function isBadge(link: Element, index: TextIndex): boolean {
  if (!STORE_HOSTS.has(hostOf(link.getAttribute('href') ?? ''))) return false;
  const text = index.text(link);
  return text === '' ? hasTagInside(link, BADGE_IMAGE) : STORE_NAME.test(text);
}

/** The host of an absolute address, in lower case; '' for a relative or broken one. */
function hostOf(href: string): string {
  const match = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(href.trim());
  return match?.[1]?.toLowerCase() ?? '';
}

function hasLongLine(el: Element, index: TextIndex): boolean {
  return tagsInside(el, LINES).some((line) => index.words(line) > MAX_LINE_WORDS);
}
