/**
 * Caption block: an element whose class or id says caption or credit and that holds no image itself, so the
 * photo stays and its caption line goes. <figcaption> is handled by the text serialiser instead (kept in the
 * HTML, left out of the plain text; its credit goes by caption-credit); this catches the many sites that
 * caption with a plain <div> or <span>.
 */
import type { Heuristic } from './heuristic';
import { closestTag, hasTagInside, tags, tagsInside } from '../dom/tags';
import { someNameToken } from '../dom/name-tokens';

/**
 * The word for a caption in class names, per language, as a whole token (or run-together compound):
 * en caption, credit, image-description; de bildunterschrift, bildunterzeile; fr légende; it didascalia;
 * es pie de foto; pt/pl legenda; nl (foto)onderschrift, bijschrift; sv/de bildtext; da/no billedtekst/bildetekst.
 * Not bare "description" or "text": those name any block.
 */
const NAMED = new RegExp(
  '(^|[-_\\s])(' +
    [
      'caption',
      'credit',
      'credits',
      'photo-?credit',
      'image-?credit',
      'img-?credit',
      '(image|img|photo|foto)-?desc(ription)?',
      'bildunterschrift',
      'bildunterzeile',
      'bildtext',
      'billedtekst',
      'bildetekst',
      'l[eé]gende',
      'legenda',
      'didascalia',
      'pie-?de-?foto',
      'pie-?foto',
      '(foto)?onderschrift',
      '(foto)?bijschrift',
    ].join('|') +
    ')s?($|[-_\\s])',
  'i',
);
const MAX_WORDS = 80;
/** An inline <svg> in a caption is its icon (a camera, an "i"), not the picture: it does not make a figure. */
const MEDIA = tags('img, picture, video, iframe');
const FIGCAPTION = tags('figcaption');

export const captionBlock: Heuristic = {
  name: 'caption-block',
  reason: 'Image caption or credit',
  find(_root, index) {
    return index.all('[class], [id]').filter((el) => {
      if (!index.namesPass(namesCaption, el) || ['figure', 'body', 'article', 'main'].includes(el.localName))
        return false;
      // A figure's own caption is the article's (caption-credit takes the credit inside it).
      if (closestTag(el, FIGCAPTION) !== null) return false;
      return index.words(el) <= MAX_WORDS && !hasTagInside(el, MEDIA);
    });
  },
};

function namesCaption(names: string): boolean {
  return NAMED.test(names);
}

/** Name tokens of a wrapper that frames one picture: "image-box", "c-photo", "article-img", "bildbox". */
const PICTURE_TOKENS = new Set([
  'image',
  'img',
  'photo',
  'picture',
  'pic',
  'foto',
  'bild',
  'figure',
  'imagebox',
  'bildbox',
]);
/** Openings of run-together names ("imginline", "imagewrap", "photobox"). */
const PICTURE_OPENINGS = ['img', 'image', 'photo', 'foto'];
/** A caption and its credit are a line or two; more text beside a picture is prose floated around it. */
const MAX_BOX_WORDS = 40;
const IMAGE = tags('img');
/** Other media make a player or a gallery, and what stands beside them is not one photo's caption. */
const OTHER_MEDIA = tags('video, iframe, audio, object, embed');
/** Structure a caption has not: a box holding these is a card, a list or a section. */
const NOT_CAPTION = tags('h1, h2, h3, h4, h5, h6, li, table, form, blockquote');

/**
 * Image-box caption: the text beside the one picture of a wrapper named for pictures ("image-box", "c-photo",
 * "imginline"), or of a `<figure>` outside its `<figcaption>`, the wrapper holding nothing else: a figure built
 * from `<div>`s whose caption and credit carry no name of their own (`<p class="to-image-box">`). The text
 * goes, the picture stays, as with a `<figcaption>`, which the plain text leaves out.
 */
export const imageBoxCaption: Heuristic = {
  name: 'image-box-caption',
  reason: 'Image caption or credit',
  find(_root, index) {
    const found: Element[] = [];
    /** By class list: a page repeats the same one on many elements. */
    const pictureClass = new Map<string, boolean>();
    for (const box of index.all('*')) {
      if (['body', 'article', 'main', 'a', 'img', 'picture'].includes(box.localName)) continue;
      // A <figure> says what it is by its tag; its <figcaption> is the serialiser's (left out of the text).
      if (box.localName !== 'figure') {
        const classes = box.getAttribute('class') ?? '';
        let named = pictureClass.get(classes);
        if (named === undefined) {
          named = namedForPicture(classes);
          pictureClass.set(classes, named);
        }
        if (!named) continue;
      }
      const words = index.words(box);
      if (words === 0 || words > MAX_BOX_WORDS || tagsInside(box, IMAGE).length !== 1) continue;
      if (hasTagInside(box, OTHER_MEDIA) || hasTagInside(box, NOT_CAPTION) || closestTag(box, FIGCAPTION))
        continue;
      // Text loose in the box beside the picture cannot be cut on its own: the box is left as it is.
      if (Array.from(box.childNodes).some((n) => n.nodeType === 3 && /\S/.test(n.nodeValue ?? ''))) continue;
      for (const child of Array.from(box.children)) {
        if (child.localName === 'figcaption' || isPicture(child) || hasTagInside(child, MEDIA)) continue;
        if (index.words(child) > 0) found.push(child);
      }
    }
    return found;
  },
};

function namedForPicture(names: string): boolean {
  return someNameToken(names, (t) => PICTURE_TOKENS.has(t) || PICTURE_OPENINGS.some((o) => t.startsWith(o)));
}

function isPicture(el: Element): boolean {
  return ['img', 'picture', 'video', 'iframe'].includes(el.localName);
}
