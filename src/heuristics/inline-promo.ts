/**
 * Inline promo: a one-line "MORE: <other headline>" / "READ MORE: …" / "RELATED: …" between paragraphs.
 * An all-caps label is the wire services' house style and enough on its own for a short line; a
 * mixed-case "More: …" also needs to be mostly a link, so prose that happens to begin "More:" stays.
 */
import { linkDensity } from '../dom/text';
import { wordCount, type Heuristic } from './heuristic';

const CAPS_LABEL =
  /^(MORE|READ MORE|RELATED|ALSO READ|READ ALSO|WATCH|LISTEN|SEE ALSO|RECOMMENDED|READ|TRENDING|LATEST|MUST READ|DON'T MISS)\s*:\s*\S/;
/** "SEE MORE Hong Kong protests…", "CLICK HERE TO GET THE APP": a caps lead-in without a colon. */
const CAPS_LEAD = /^(SEE MORE|READ MORE|MORE ON THIS|CLICK HERE|WATCH NOW|READ NEXT)\b/;
const ANY_LABEL =
  /^(more|read more|related|also read|read also|watch|see also|recommended|read|listen|latest( on [^:]{1,30})?)\s*:\s*\S/i;
const MAX_WORDS = 30;

export const inlinePromo: Heuristic = {
  name: 'inline-promo',
  reason: 'Inline link to another story',
  find(root, textOf) {
    return Array.from(root.querySelectorAll('p, div, li, h2, h3, h4, h5, h6, aside')).filter((el) => {
      const text = textOf(el);
      if (wordCount(text) > MAX_WORDS) return false;
      if (el.querySelector('p, div') !== null) return false;
      if (CAPS_LABEL.test(text) || CAPS_LEAD.test(text)) return true;
      // A whole line in capitals that is all link: the headline of another story, set as a promo.
      if (wordCount(text) >= 3 && !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text) && linkDensity(el) > 0.8)
        return true;
      return ANY_LABEL.test(text) && linkDensity(el) > 0.5;
    });
  },
};
