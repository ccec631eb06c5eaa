/**
 * Caption block: an element whose class or id says caption or credit and that holds no image itself, so the
 * photo stays and its caption line goes. <figcaption> is handled by the text serialiser instead (kept in the
 * HTML, left out of the plain text; its credit goes by caption-credit); this catches the many sites that
 * caption with a plain <div> or <span>.
 */
import type { Heuristic } from './heuristic';
import { closestTag, hasTagInside, tags } from '../dom/tags';

const NAMED = /(^|[-_\s])(caption|credit|credits|photo-?credit|image-?credit|img-?credit)s?($|[-_\s])/i;
const MAX_WORDS = 80;
/** An inline <svg> in a caption is its icon (a camera, an "i"), not the picture: it does not make a figure. */
const MEDIA = tags('img, picture, video, iframe');
const FIGCAPTION = tags('figcaption');

export const captionBlock: Heuristic = {
  name: 'caption-block',
  reason: 'Image caption or credit',
  find(_root, index) {
    return index.all('[class], [id]').filter((el) => {
      const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (!NAMED.test(names) || ['figure', 'body', 'article', 'main'].includes(el.localName)) return false;
      // A figure's own caption is the article's (caption-credit takes the credit inside it).
      if (closestTag(el, FIGCAPTION) !== null) return false;
      return index.words(el) <= MAX_WORDS && !hasTagInside(el, MEDIA);
    });
  },
};
