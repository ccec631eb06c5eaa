/**
 * Inline promo: a one-line "MORE: <other headline>" / "READ MORE: …" / "RELATED: …" between paragraphs.
 * An all-caps label is the wire services' house style and enough on its own for a short line; a
 * mixed-case "More: …" also needs to be mostly a link, so prose that happens to begin "More:" stays.
 */
import type { Heuristic } from './heuristic';
import { closestTag, hasTagInside, tags } from '../dom/tags';

const CAPS_LABEL =
  /^(MORE|READ MORE|RELATED|ALSO READ|READ ALSO|WATCH|LISTEN|SEE ALSO|RECOMMENDED|READ|TRENDING|LATEST|MUST READ|DON'T MISS)\s*:\s*\S/;
/** "SEE MORE Hong Kong protests…", "CLICK HERE TO GET THE APP": a caps lead-in without a colon. */
const CAPS_LEAD = /^(SEE MORE|READ MORE|MORE ON THIS|CLICK HERE|WATCH NOW|READ NEXT)\b/;
const ANY_LABEL =
  /^(more|read more|related|also read|read also|watch|see also|recommended|read|listen|latest( on [^:]{1,30})?)\s*:\s*\S/i;
const MAX_WORDS = 30;
const BLOCKS = tags('p, div');
const QUOTED = tags('blockquote, q, pre, code');

export const inlinePromo: Heuristic = {
  name: 'inline-promo',
  reason: 'Inline link to another story',
  find(_root, index) {
    return index.all('p, div, li, h2, h3, h4, h5, h6, aside').filter((el) => {
      const words = index.words(el);
      if (words === 0 || words > MAX_WORDS) return false;
      const text = index.text(el);
      const caps = CAPS_LABEL.test(text) || CAPS_LEAD.test(text);
      // A whole line in capitals that is all link: the headline of another story, set as a promo.
      const capsLink = words >= 3 && !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text);
      const label = ANY_LABEL.test(text);
      if (!caps && !capsLink && !label) return false;
      if (hasTagInside(el, BLOCKS)) return false;
      // A promo line inside a quotation or code is an example being discussed, not a promo.
      if (closestTag(el, QUOTED) !== null) return false;
      if (caps) return true;
      return index.linkDensity(el) > (capsLink ? 0.8 : 0.5);
    });
  },
};
