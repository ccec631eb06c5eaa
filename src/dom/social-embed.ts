/**
 * An embedded post from a social network: the markup the networks' embed codes and the CMS plugins around them
 * leave in the page (`blockquote.twitter-tweet`, `div.fb-post`, `blockquote.instagram-media`,
 * "privacy-embed-facebook", "wp-block-embed-twitter"), or a quotation that cites a post on such a network.
 * Whether such a post is part of a story is the article's call, so nothing cuts it for being one; but when
 * Readability left one out, it is someone else's post and no restore stage brings it back as the page's prose.
 */
import { nameTokens } from './name-tokens';

/** Class words the networks' own embed codes use. */
const EMBED_CLASSES = new Set([
  'twitter-tweet',
  'twitter-video',
  'twitter-timeline',
  'instagram-media',
  'fb-post',
  'fb-video',
  'fb-page',
  'tiktok-embed',
  'reddit-embed-bq',
  'bluesky-embed',
  'mastodon-embed',
]);
/** Networks named beside "embed" in a plugin's class word ("privacy-embed-facebook", "embed-twitter"). */
const NETWORKS = new Set([
  'facebook',
  'twitter',
  'instagram',
  'tiktok',
  'bluesky',
  'mastodon',
  'reddit',
  'threads',
]);
/** Hosts whose post a `<blockquote cite>` quotes: the fallback markup of an embed before its script runs. */
const POST_HOSTS =
  /^https?:\/\/([a-z0-9-]+\.)*(facebook\.com|twitter\.com|x\.com|instagram\.com|tiktok\.com|bsky\.app|threads\.net|reddit\.com)\//i;

export function isSocialEmbed(el: Element): boolean {
  const names = el.getAttribute('class');
  if (names) {
    for (const word of names.split(/\s+/)) {
      if (word === '') continue;
      if (EMBED_CLASSES.has(word.toLowerCase())) return true;
      const tokens = nameTokens(word);
      if (tokens.includes('embed') && tokens.some((t) => NETWORKS.has(t))) return true;
    }
  }
  return el.localName === 'blockquote' && POST_HOSTS.test(el.getAttribute('cite') ?? '');
}

/** Whether `el` or an element inside it is an embedded social post. */
export function holdsSocialEmbed(el: Element): boolean {
  if (isSocialEmbed(el)) return true;
  for (const inner of Array.from(el.querySelectorAll('[class], blockquote[cite]'))) {
    if (isSocialEmbed(inner)) return true;
  }
  return false;
}
