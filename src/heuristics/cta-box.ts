/**
 * Call-to-action box: a small box (a few short lines) built around one button-like line: "Tap here",
 * "Sign up", "Accept all", "Download the app". WhatsApp and app promos, newsletter boxes and consent
 * banners share this shape even when every class name is hashed. A box with a real paragraph is left alone.
 */
import type { TextIndex } from '../dom/text-index';
import type { Heuristic } from './heuristic';
import { tags, tagsInside } from '../dom/tags';

const CTA =
  /^(tap here|click here|sign up|sign me up|subscribe( now| for free)?|join( now| us)?|follow us|download( the app| now)?|get the app|learn more|accept( all)?( cookies)?|reject all|allow all|manage (options|preferences|settings|cookies)|i agree|agree( and close)?|got it)[.!]?$/i;
const MAX_WORDS = 60;
const MAX_LINE_WORDS = 30;
const LINES = tags('p, li, blockquote');

export const ctaBox: Heuristic = {
  name: 'cta-box',
  reason: 'Promotion or sign-up box',
  find(root, index) {
    const found: Element[] = [];
    for (const cta of index.all('a, button, span, div, p')) {
      if (index.words(cta) > 4 || cta.children.length > 2 || !CTA.test(index.text(cta))) continue;
      // The box: the largest ancestor that is still only a handful of short lines.
      let box: Element | null = null;
      for (let up = cta.parentElement; up && up !== root; up = up.parentElement) {
        if (index.words(up) > MAX_WORDS || hasLongLine(up, index)) break;
        // A box is several lines (heading, blurb, button); one sentence with a "click here" link is prose.
        if (index.words(up) > index.words(cta) && linesIn(up, index) >= 2) box = up;
      }
      if (box) found.push(box);
    }
    return found;
  },
};

function linesIn(el: Element, index: TextIndex): number {
  return Array.from(el.children).filter((c) => index.text(c) !== '').length;
}

function hasLongLine(el: Element, index: TextIndex): boolean {
  return tagsInside(el, LINES).some((p) => index.words(p) > MAX_LINE_WORDS);
}
