/**
 * "Keep this": the exception rule for one removed block, built where the live page is. The engine's record says
 * where the block was as a short CSS path (`where`), good for finding it again in this load of the page but not
 * on the site's next article; the rule is built from what makes the block itself recognisable instead (its id,
 * semantic classes, telling attributes, its heading), by `suggestSelectors`, which escapes every page name and
 * keeps only selectors that match exactly this one element. Pure over a Document, so unit tests run it on jsdom.
 */
import { elementAt } from './compare-rows';
import { suggestSelectors } from '../../src/dom/stable-selector';
import type { SelectorBasis } from '../../src/dom/stable-selector';
import { fail, ok } from '../shared/messages';
import type { Result } from '../shared/messages';

/** How much of the block's text is stored beside the exception, for the rules manager. */
export const SAMPLE_CHARS = 80;

export interface KeepRule {
  /** `host#@#selector`, one line. */
  rule: string;
  /** The start of the block's text, shown beside the exception. */
  sample: string;
  basis: SelectorBasis;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The block's text, white space collapsed, cut at a word to at most `SAMPLE_CHARS` with an ellipsis. */
export function textSample(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SAMPLE_CHARS) return flat;
  const cut = flat.slice(0, SAMPLE_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SAMPLE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The best stable selector for the block the engine recorded at `where` with `text`. Fails (with a sentence) when
 * that element is no longer on the page with that text, or when no selector finds it alone.
 */
export function selectorFor(
  doc: Document,
  block: { where: string; text: string },
): Result<{ selector: string; basis: SelectorBasis }> {
  const el = elementAt(doc, block.where);
  const want = squeeze(block.text);
  // The engine's records of Readability's choices are taken after the rules' cuts: the element may hold more.
  if (!el || el === doc.body || el === doc.documentElement || !squeeze(el.textContent ?? '').includes(want)) {
    return fail(
      'content-script-failed',
      'This block is no longer on the page: reload the page and try again.',
    );
  }
  const best = suggestSelectors(el, 1)[0];
  if (!best) return fail('internal', 'Pith found no rule that keeps this block alone.');
  return ok({ selector: best.selector, basis: best.basis });
}

/**
 * The exception that keeps the block the engine recorded at `where` with `text`. Fails (with a sentence) when
 * that element is no longer on the page with that text, or when no selector finds it alone.
 */
export function keepRuleFor(
  doc: Document,
  host: string,
  block: { where: string; text: string },
): Result<KeepRule> {
  const found = selectorFor(doc, block);
  if (!found.ok) return found;
  const { selector, basis } = found.value;
  return ok({ rule: `${host}#@#${selector}`, sample: textSample(block.text), basis });
}
