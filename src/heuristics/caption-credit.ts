/**
 * Caption credit: the photo credit inside a figure's caption goes, the article's caption stays. A credit is an
 * element named for it (`<span class="credit">`, `photographer`, `copyright`) or a short line that reads as
 * one: a credit label in the page's languages ("Photo:", "Foto:", "Crédit photo :", "Fot."), "©", "Photo by …",
 * or an agency line ("AP Photo/…", "(Getty Images)"). A credit that is only the tail of the caption's text
 * ("… were counted. Photograph: Ana Kowal") is first put in a span of its own by `splitCaptionCredits`, so
 * the heuristic removes (and logs) a whole element, as every heuristic does.
 *
 * The prose guard that keeps inline elements inside sentences does not apply here: a caption is a line of
 * text with its credit beside it, not a paragraph.
 */
import { namesOf } from '../dom/name-tokens';
import { tags, tagsInside } from '../dom/tags';
import { normalizedText } from '../dom/text';
import type { Heuristic } from './heuristic';
import { phrasesFor, type PhraseMatcher } from './phrases/match';

const CREDIT_NAMES =
  /(^|[-_\s])(credit|credits|copyright|photographer|photo-?by|attribution|image-?source|photo-?source)($|[-_\s])/i;
const MAX_CREDIT_WORDS = 14;
const MEDIA = 'img, picture, video, iframe, svg';
const FIGCAPTION = tags('figcaption');
const COPYRIGHT = /^(©|\(c\)\s|copyright\b)/i;
const MADE_BY = /^((photo(graph)?|picture|image|illustration|video)s?\s+(by|from)|courtesy(\s+of)?)\s/i;
const AGENCY =
  /^(AP|AFP|Reuters|Getty Images|EPA|dpa|PA|ANP|ANSA|EFE|Shutterstock|iStock|Alamy)(\s+(Photo|Images|Wire))?(\s*(\/|via\s)\s*[^()]{1,60})?$/i;
/** Where a credit may start inside a caption's text: after a sentence, a separator, or before a bracket. */
const BREAK = /[.!?…"”’)]\s+|\s+[|–—•·]\s+|\s+(?=\()/g;
const SENTENCE_END = /\p{Ll}{2,}[.!?]$/u;
const SEPARATOR_END = /\s*[|–—•·]\s*$/;

export function isCreditLine(text: string, phrases: PhraseMatcher): boolean {
  const line = text.replace(/^\((.*)\)$/s, '$1').trim();
  if (line === '' || line.split(/\s+/).length > MAX_CREDIT_WORDS) return false;
  if (COPYRIGHT.test(line) || AGENCY.test(line)) return true;
  // "Image: Waves crash over the seafront on Friday." is a caption with a label, not a credit.
  return (MADE_BY.test(line) || phrases.creditLabel(line)) && !SENTENCE_END.test(line);
}

export const captionCredit: Heuristic = {
  name: 'caption-credit',
  reason: 'Photo credit',
  judgesInline: true,
  find(root, index) {
    const captions = index.all('figcaption');
    if (captions.length === 0) return [];
    const phrases = phrasesFor(root, () => index.text(root));
    const found: Element[] = [];
    for (const caption of captions) {
      if (caption.querySelector(MEDIA)) continue;
      const credits = Array.from(caption.querySelectorAll('*')).filter((el) => {
        if (el.querySelector(MEDIA) || index.words(el) > MAX_CREDIT_WORDS || index.text(el) === '')
          return false;
        const names = namesOf(el);
        return CREDIT_NAMES.test(names) || isCreditLine(index.text(el), phrases);
      });
      // What is left once the credits are gone: nothing, or only a credit, means the caption is all credit.
      const rest = textOutside(caption, credits);
      if (rest === '' || isCreditLine(rest, phrases)) found.push(caption);
      else found.push(...credits);
    }
    return found;
  },
};

function textOutside(root: Element, skipped: Element[]): string {
  return textNodes(root)
    .filter((node) => !skipped.some((el) => el.contains(node)))
    .map((node) => node.nodeValue)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Puts a credit at the end of each of a caption's texts into a `<span>` of its own ("A pup on the bank. Photo: Ana
 * Kowal" → "A pup on the bank. <span>Photo: Ana Kowal</span>"), for `captionCredit` to take. Runs on the
 * working copy before the rules; the text is unchanged, so nothing else sees a difference.
 */
export function splitCaptionCredits(doc: Document): void {
  const body = doc.body;
  // A walk, not querySelectorAll: jsdom ran the query through its slower selector engine, 0.1 s on a 5 MB page.
  const captions = body ? tagsInside(body, FIGCAPTION) : [];
  if (!body || captions.length === 0) return;
  const phrases = phrasesFor(body, () => normalizedText(body));
  for (const caption of captions) {
    for (const node of textNodes(caption)) splitCredit(node, phrases);
  }
}

function splitCredit(node: Text, phrases: PhraseMatcher): void {
  const text = node.nodeValue ?? '';
  const start = creditStart(text, phrases);
  if (start === null) return;
  const allCredit = text.slice(0, start).trim() === '';
  // A text node that is all credit is already a block of its own when it fills its element.
  if (allCredit && node.parentElement?.childNodes.length === 1) return;
  const credit = node.ownerDocument.createElement('span');
  credit.textContent = text.slice(start).trim();
  node.nodeValue = `${text.slice(0, start).replace(SEPARATOR_END, '')} `;
  node.after(credit);
  // A credit on a line of its own takes its line break with it.
  const before = node.previousSibling;
  if (allCredit && before?.nodeName.toLowerCase() === 'br') credit.prepend(before);
}

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walk = (el: Element): void => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') out.push(node as Text);
      else if (node.nodeType === 1) walk(node as Element);
    }
  };
  walk(root);
  return out;
}

/** The index in `text` where a trailing credit starts, or null when the text does not end with one. */
function creditStart(text: string, phrases: PhraseMatcher): number | null {
  const lead = text.length - text.trimStart().length;
  const starts = [lead, ...Array.from(text.matchAll(BREAK), (m) => m.index + m[0].length)];
  return starts.find((start) => isCreditLine(text.slice(start).trim(), phrases)) ?? null;
}
