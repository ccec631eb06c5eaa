/**
 * Content that the later stages would lose, put into a form they keep. Runs on the working copy, before rules
 * and Readability:
 * - lazy images: a placeholder `src` with the real address in `data-src`, `data-srcset` or only in `srcset`
 *   (Readability fixes some of these, not `<picture>` sources or srcset-only images);
 * - embedded videos: an `<iframe>` player becomes a link to the video with its title (frames never reach the
 *   reader or the Markdown);
 * - pull quotes in an `<aside>`: a `<blockquote>`, which Readability keeps as article content.
 * Elements keep their page id, so a later cut still says where it was on the page.
 */
import { namesOf } from '../dom/name-tokens';
import { closestTag, tags } from '../dom/tags';
import { movePageId } from './page-ids';
import { nextElement } from '../dom/walk';

const PICTURE = tags('picture');

const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
/** A `src` that only holds a place: a tiny inline image or a named placeholder file. */
const PLACEHOLDER_SRC =
  /^data:image\/(?:gif|png|svg\+xml)[;,]|(?:placeholder|blank|spacer|lazy|loading|transparent)[^/]*\.(?:gif|png|svg|jpe?g)/i;

function isUsableSrc(src: string | null): boolean {
  return !!src && src.trim() !== '' && !PLACEHOLDER_SRC.test(src.trim());
}

/** The widest candidate of a `srcset` ("a.jpg 800w, b.jpg 1600w" → b.jpg); the first when none has a width. */
export function bestSrcsetUrl(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+/)) {
    const [url, descriptor = ''] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = Number.parseFloat(descriptor) || 0;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

function rescueImages(found: Found): void {
  for (const source of found.pictureSources) {
    const lazy = LAZY_SRCSET_ATTRS.map((a) => source.getAttribute(a)).find(Boolean);
    if (lazy && !source.getAttribute('srcset')) source.setAttribute('srcset', lazy);
  }
  for (const img of found.images) {
    const lazySet = LAZY_SRCSET_ATTRS.map((a) => img.getAttribute(a)).find(Boolean);
    if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
    if (isUsableSrc(img.getAttribute('src'))) continue;
    const lazySrc = LAZY_SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => isUsableSrc(v));
    const fromSet = img.getAttribute('srcset');
    const pictureSet = closestTag(img, PICTURE)?.querySelector('source[srcset]')?.getAttribute('srcset');
    const src =
      lazySrc ?? (fromSet ? bestSrcsetUrl(fromSet) : null) ?? (pictureSet ? bestSrcsetUrl(pictureSet) : null);
    if (src) img.setAttribute('src', src);
  }
}

/** The page a reader can open for an embedded player's address, or null for frames that are not videos. */
export function videoPageUrl(src: string): string | null {
  let url: URL;
  try {
    url = new URL(src, 'https://invalid.example/');
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.replace(/^www\./, '');
  const youtube =
    /^(?:youtube\.com|youtube-nocookie\.com)$/.test(host) && url.pathname.match(/^\/embed\/([\w-]+)/);
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const vimeo = host === 'player.vimeo.com' && url.pathname.match(/^\/video\/(\d+)/);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  const dailymotion = host === 'dailymotion.com' && url.pathname.match(/^\/embed\/video\/(\w+)/);
  if (dailymotion) return `https://www.dailymotion.com/video/${dailymotion[1]}`;
  return null;
}

/** The text a video player becomes in the clean text ("Title (video on youtube.com)"), or null for other frames. */
export function videoLinkText(frame: Element): string | null {
  const page = videoPageUrl(frame.getAttribute('src') ?? '');
  if (!page) return null;
  const host = new URL(page).hostname.replace(/^www\./, '');
  return `${frame.getAttribute('title')?.trim() || 'Video'} (video on ${host})`;
}

function rescueVideos(doc: Document, found: Found): void {
  for (const frame of found.frames) {
    const page = videoPageUrl(frame.getAttribute('src') ?? '');
    const text = videoLinkText(frame);
    if (!page || !text) continue;
    const p = doc.createElement('p');
    movePageId(frame, p);
    const link = doc.createElement('a');
    link.setAttribute('href', page);
    link.textContent = text;
    p.append(link);
    frame.replaceWith(p);
  }
}

function rescuePullQuotes(doc: Document, found: Found): void {
  for (const aside of found.asides) {
    const names = namesOf(aside);
    if (!/pull-?quote/i.test(names)) continue;
    const quote = doc.createElement('blockquote');
    for (const attr of Array.from(aside.attributes)) quote.setAttribute(attr.name, attr.value);
    quote.append(...Array.from(aside.childNodes));
    aside.replaceWith(quote);
  }
}

export function rescueContent(doc: Document): void {
  const found = findCandidates(doc);
  rescueImages(found);
  rescueVideos(doc, found);
  rescuePullQuotes(doc, found);
}

/** The elements each rescue works on, in document order. */
interface Found {
  /** `picture source` */
  pictureSources: Element[];
  images: Element[];
  /** `iframe[src]` */
  frames: Element[];
  asides: Element[];
}

/**
 * One walk instead of a querySelectorAll per kind (each a walk of the page through a selector engine on
 * linkedom). The rescues change attributes, and replace frames and asides only after their own lists were read,
 * so lists taken up front hold what each query would have found when its rescue began.
 */
function findCandidates(doc: Document): Found {
  const found: Found = { pictureSources: [], images: [], frames: [], asides: [] };
  const root = doc.documentElement;
  for (let el: Element | null = root; el; el = nextElement(el, root)) {
    const tag = el.localName.toLowerCase();
    if (tag === 'img') found.images.push(el);
    else if (tag === 'source' && el.parentElement && closestTag(el.parentElement, PICTURE))
      found.pictureSources.push(el);
    else if (tag === 'iframe' && el.hasAttribute('src')) found.frames.push(el);
    else if (tag === 'aside') found.asides.push(el);
  }
  return found;
}
