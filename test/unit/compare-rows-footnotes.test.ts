/**
 * Footnotes in the popup's row model read as the clean text writes them (src/serialise/text.ts): a reference as
 * "[1]", each note opened by its label, the note's back-link left out of the original column.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildComparison, flattenRows, squeeze } from '../../extension/content/compare-rows';
import { clean } from '../../src/index';

const PROSE =
  'The river rose two metres overnight, and the town council met at dawn to decide whether the old bridge could stay open. ';

const PAGE = `<!doctype html><html><head><title>Floods</title></head><body><article>
<h1>Floods</h1>
<p>${PROSE.repeat(3)}Engineers said it could<sup><a href="#fn1" id="r1">1</a></sup>, for now.</p>
<p>${PROSE.repeat(2)}The council agreed<sup><a href="#fn2" id="r2">2</a></sup>.</p>
<section class="footnotes"><ol>
<li id="fn1"><p>Report of the county engineer, March. <a href="#r1">↩</a></p></li>
<li id="fn2"><p>Minutes of the meeting. <a href="#r2">↩</a></p></li>
</ol></section>
</article></body></html>`;

describe('footnotes in the comparison rows', () => {
  const doc = new JSDOM(PAGE, { url: 'https://news.example/floods' }).window.document;
  const result = clean(doc, { url: 'https://news.example/floods' });
  const comparison = buildComparison(doc, result, (html) => new JSDOM(html).window.document);
  const kept = flattenRows(comparison.rows).filter((r) => r.kind === 'kept');

  it('the engine writes the footnotes (the premise)', () => {
    expect(result.text).toContain('could[1]');
    expect(result.text).toContain('[2] Minutes of the meeting.');
  });

  it('the kept rows spell the clean text, references and note labels included', () => {
    expect(squeeze(kept.map((r) => r.text).join(''))).toBe(squeeze(result.text));
  });

  it('a note row starts with its label, and no row holds the back-link', () => {
    expect(kept.some((r) => r.text.startsWith('[1] Report of the county engineer'))).toBe(true);
    const all = flattenRows(comparison.rows).map((r) => r.text);
    expect(all.some((t) => t.includes('↩'))).toBe(false);
  });
});
