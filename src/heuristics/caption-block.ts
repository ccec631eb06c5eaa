/**
 * Caption block: an element whose class or id says caption or credit and that holds no image itself, so the
 * photo stays and its caption line goes. <figcaption> is handled by the text serialiser instead (kept in the
 * HTML, left out of the plain text); this catches the many sites that caption with a plain <div> or <span>.
 */
import { wordCount, type Heuristic } from './heuristic';

const NAMED = /(^|[-_\s])(caption|credit|credits|photo-?credit|image-?credit|img-?credit)s?($|[-_\s])/i;

export const captionBlock: Heuristic = {
  name: 'caption-block',
  reason: 'Image caption or credit',
  find(root, textOf) {
    return Array.from(root.querySelectorAll('[class], [id]')).filter((el) => {
      const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (
        !NAMED.test(names) ||
        el.localName === 'figure' ||
        el.localName === 'body' ||
        el.localName === 'article'
      ) {
        return false;
      }
      if (el.querySelector('img, picture, video, iframe, svg')) return false;
      return wordCount(textOf(el)) <= 80;
    });
  },
};
