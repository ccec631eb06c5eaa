/**
 * Print-only block: what a page shows only on paper. Newsrooms put the page's address, a logo, a "Citation: …
 * retrieved … from https://…" line or a copyright footer into the printout and hide it on screen with a class
 * that says so: a print part by name ("print-header", "print-footer", "print-page-link", "print-date"), a
 * framework's print utility ("visible-print", "show-for-print", "print-only"), or Bootstrap's "d-none
 * d-print-block" (hidden, shown in print). A reader never saw it on the page; it repeats the address and the
 * metadata the result already carries. The name is read as whole tokens, as named-furniture reads names:
 * "article-body-print" (the body, styled for print) and "hide-for-print" (the screen's own blocks) are not print-only.
 */
import { hasTagInside, tags } from '../dom/tags';
import type { Heuristic } from './heuristic';
import { nameTokens } from '../dom/name-tokens';

/** A class word that opens with "print" and names one of these parts is the printout's own block. */
const PRINT_PARTS = new Set([
  'header',
  'footer',
  'only',
  'url',
  'link',
  'date',
  'meta',
  'logo',
  'title',
  'info',
  'source',
  'citation',
  'copyright',
]);
/** "visible-print", "show-for-print", "only-print": shown only when printing. */
const SHOWN_ONLY = new Set(['visible', 'show', 'only']);
/** Bootstrap's display utilities: "d-print-block" shows in print what "d-none" hides on screen. */
const PRINT_DISPLAY = /^d-print-(block|inline|inline-block|flex|inline-flex|table|grid)$/;
/** A printout's header or footer is a few lines; a bigger block with such a name is the article itself. */
const MAX_WORDS = 120;
const HEADLINE = tags('h1');

/** Whether a class and id string marks its element as shown only in print. */
export function namesPrintOnly(names: string): boolean {
  const words = names.split(/\s+/).filter((w) => w !== '');
  if (words.includes('d-none') && words.some((w) => PRINT_DISPLAY.test(w))) return true;
  return words.some((word) => {
    const tokens = nameTokens(word);
    if (word === 'printonly' || word === 'printfooter' || word === 'printheader') return true;
    if (tokens[0] === 'print') return tokens.slice(1).some((t) => PRINT_PARTS.has(t));
    const at = tokens.indexOf('print');
    return at > 0 && tokens.slice(0, at).some((t) => SHOWN_ONLY.has(t)) && !tokens.includes('hide');
  });
}

export const printOnly: Heuristic = {
  name: 'print-only',
  reason: 'Shown only when the page is printed',
  find(_root, index) {
    // The name first: it is judged once per distinct class list, and few elements pass it; the words and the
    // headline walk (a walk of the element's subtree) only for those.
    return index.all('[class], [id]').filter((el) => {
      if (!index.namesPass(namesPrintOnly, el)) return false;
      const words = index.words(el);
      return words > 0 && words <= MAX_WORDS && !hasTagInside(el, HEADLINE);
    });
  },
};
