/**
 * The popup's comparison as drawn, over every fixture page and 30 benchmark pages: the content script's row
 * model (built on the parsed page, as it is on the live one) drawn by the popup's views into a jsdom document.
 * - every removal record is drawn exactly once, as a cut row;
 * - the kept rows, in order, spell the clean text (white space aside);
 * - no kept row is drawn inside a cut row, and no long clean paragraph that occurs once on the page is drawn cut.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildComparison, squeeze } from '../../extension/content/compare-rows';
import { renderClean } from '../../extension/popup/view/clean-pane';
import { renderCompare } from '../../extension/popup/view/compare-pane';
import { clean, parseDocument } from '../../src/node';
import { loadFixturePages } from '../fixtures/fixture-pages';

const BENCH = resolve(import.meta.dirname, '../../../shared/bench/aeb-dev');
const BENCH_PAGES = 30;

interface Page {
  name: string;
  html: string;
  url: string;
}

function benchPages(): Page[] {
  if (!existsSync(join(BENCH, 'html'))) return [];
  const truth = JSON.parse(readFileSync(join(BENCH, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url?: string }
  >;
  return readdirSync(join(BENCH, 'html'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .slice(0, BENCH_PAGES)
    .map((f) => ({
      name: `bench ${f.slice(0, 10)}`,
      html: readFileSync(join(BENCH, 'html', f), 'utf8'),
      url: truth[f.replace(/\.html$/, '')]?.url ?? 'https://bench.example/',
    }));
}

const pages: Page[] = [
  ...loadFixturePages().map((p) => ({
    name: p.name,
    html: p.html,
    url: p.expect.url || 'https://fixture.example/',
  })),
  ...benchPages(),
];

// The views build elements with the global `document`, as they do in the popup.
beforeAll(() => {
  const { window } = new JSDOM('<!doctype html><body></body>');
  globalThis.document = window.document;
});

const parse = (html: string): Document => new JSDOM(html).window.document;

describe('the drawn comparison', () => {
  it('has at least 30 benchmark pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(existsSync(BENCH) ? 30 : 1);
  });

  // Formulas (written as TeX), video players (written as links) and footnotes ("[1]" references, notes opened by
  // their label, back-links left out) are matched as the clean text writes them.
  it.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    checkDrawn(page);
  });
});

function checkDrawn(page: Page): void {
  {
    const doc = parseDocument(page.html, page.url, 'linkedom');
    const result = clean(doc, { url: page.url });
    const comparison = buildComparison(doc, result, parse);
    const compare = document.createElement('div');
    const cleanPane = document.createElement('div');
    const handlers = { keep: () => {}, switchOff: () => {}, makeRule: () => {} };
    renderCompare(compare, comparison, { removed: result.removed, handlers, pithOn: true });
    renderClean(cleanPane, result.title, comparison.clean);

    const drawn = [...compare.querySelectorAll<HTMLElement>('[data-record]')].map((el) =>
      Number(el.dataset.record),
    );
    expect(drawn.sort((a, b) => a - b)).toEqual(result.removed.map((_, i) => i));
    for (const el of compare.querySelectorAll('[data-record]'))
      expect(el.classList.contains('cut')).toBe(true);

    const kept = [...compare.querySelectorAll('.row.kept')];
    expect(kept.every((el) => el.closest('.cut') === null)).toBe(true);
    expect(squeeze(kept.map((el) => el.textContent).join(''))).toBe(squeeze(result.text));
    expect(
      squeeze(
        cleanPane.querySelectorAll('.para').length
          ? [...cleanPane.querySelectorAll('.para')].map((p) => p.textContent).join('')
          : '',
      ),
    ).toBe(squeeze(result.text));

    const pageText = squeeze(doc.body?.textContent ?? '');
    const cutTexts = [...compare.querySelectorAll('.row.cut del')].map((el) => squeeze(el.textContent ?? ''));
    for (const para of comparison.clean) {
      const s = squeeze(para.text);
      if (s.length < 60 || pageText.indexOf(s) !== pageText.lastIndexOf(s)) continue;
      expect(
        cutTexts.filter((c) => c.includes(s)),
        `"${para.text.slice(0, 60)}…" is drawn cut`,
      ).toEqual([]);
    }
  }
}
