/**
 * Words of the original page that the result does not account for: each word of the page's text is either in the
 * result (its HTML, which keeps captions the plain text leaves out), in the title or byline the result carries, or
 * in the text of a block in `removed`. Counted as a multiset, so a word cut from one paragraph is not excused by
 * the same word kept in another. Used by `test/fixtures/no-silent-cuts.test.ts` and the site-memory tests.
 */
import { readableText } from '../../src/dom/text';
import { parseDocument } from '../../src/node';
import type { CleanResult } from '../../src/types';

const WORD = /[\p{L}\p{N}_]+/gu;
const NOT_TEXT = 'script, style, template, noscript';

export function unrecordedWords(original: Document, result: CleanResult): string[] {
  const body = original.body.cloneNode(true) as Element;
  for (const el of Array.from(body.querySelectorAll(NOT_TEXT))) el.remove();
  const accounted = new Map<string, number>();
  const credit = (text: string): void => {
    for (const word of text.normalize('NFC').match(WORD) ?? [])
      accounted.set(word, (accounted.get(word) ?? 0) + 1);
  };
  const kept = parseDocument(`<!doctype html><html><body>${result.html}</body></html>`, result.url, 'jsdom');
  credit(readableText(kept.body));
  credit(result.title);
  credit(result.byline ?? '');
  for (const block of result.removed) credit(block.text);
  const missing: string[] = [];
  // Up to canonical equivalence: the result spells a decomposed "u\u0308" as "ü" (src/serialise/composed.ts).
  for (const word of readableText(body).normalize('NFC').match(WORD) ?? []) {
    const left = accounted.get(word) ?? 0;
    if (left > 0) accounted.set(word, left - 1);
    else missing.push(word);
  }
  return missing;
}
