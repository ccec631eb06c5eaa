import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { halfOf } from '../bench/halves';
import { loadTrafDataset, readTrafHtml } from '../bench/traf-dataset';
import { aggregateTraf, normaliseWhitespace, scoreTrafPage } from '../bench/traf-metric';

describe('normaliseWhitespace (Python " ".join(s.split()))', () => {
  it('collapses runs of whitespace of any kind and trims', () => {
    expect(normaliseWhitespace('  a \n\t b\u00a0\u2003c\r\n')).toBe('a b c');
  });

  it('treats U+001C–U+001F and U+0085 as whitespace, and U+FEFF and U+200B as text, as Python does', () => {
    expect(normaliseWhitespace('a\u001cb\u001fc\u0085d')).toBe('a b c d');
    expect(normaliseWhitespace('a\ufeffb\u200bc')).toBe('a\ufeffb\u200bc');
  });
});

describe('scoreTrafPage', () => {
  const page = {
    with: ['first paragraph of the article', 'Second  line\nof text'],
    without: ['Leave a comment', 'Share this'],
  };

  it('counts found "with" snippets as TP, missing ones as FN, found "without" as FP, the rest as TN', () => {
    const score = scoreTrafPage('The first paragraph of the article.\n\nLeave a comment below.', page);
    expect(score).toEqual({
      tp: 1,
      fn: 1,
      fp: 1,
      tn: 1,
      missed: ['Second  line\nof text'],
      leaked: ['Leave a comment'],
    });
  });

  it('matches across different whitespace in the output and in the snippet', () => {
    const score = scoreTrafPage('first\u00a0paragraph of\n the article. Second line of   text', page);
    expect(score.tp).toBe(2);
    expect(score.missed).toEqual([]);
  });

  it('is case-sensitive', () => {
    const score = scoreTrafPage('First paragraph of the article. SHARE THIS', page);
    expect(score.tp).toBe(0);
    expect(score.fp).toBe(0);
  });

  it('finds nothing in an empty or whitespace-only output (a crash scores like this)', () => {
    for (const output of ['', ' \n ']) {
      expect(scoreTrafPage(output, page)).toEqual({
        tp: 0,
        fn: 2,
        fp: 0,
        tn: 2,
        missed: page.with,
        leaked: [],
      });
    }
  });

  it("finds an empty snippet in any output but not in an empty one, as Python's `in` with None does", () => {
    expect(scoreTrafPage('x', { with: [''], without: [] }).tp).toBe(1);
    expect(scoreTrafPage('', { with: [''], without: [] }).tp).toBe(0);
  });

  it('does not match a snippet split by a block boundary with no whitespace', () => {
    expect(scoreTrafPage('Leave aComment', page).fp).toBe(0);
  });
});

describe('aggregateTraf', () => {
  it('micro-averages over all snippets of all pages', () => {
    const pages = [
      { tp: 3, fn: 1, fp: 0, tn: 2, missed: [], leaked: [] },
      { tp: 1, fn: 0, fp: 2, tn: 0, missed: [], leaked: [] },
    ];
    const summary = aggregateTraf(pages);
    // TP 4, FP 2, FN 1: P = 4/6, R = 4/5, F1 = 8/11. A per-page (macro) mean would give P 0.667, R 0.875.
    expect(summary.precision).toBeCloseTo(4 / 6, 15);
    expect(summary.recall).toBeCloseTo(4 / 5, 15);
    expect(summary.f1).toBeCloseTo(8 / 11, 15);
    expect(summary).toMatchObject({ tp: 4, fp: 2, fn: 1, tn: 2, pages: 2 });
  });

  it('is NaN, not a crash, where a denominator is zero', () => {
    const summary = aggregateTraf([{ tp: 0, fn: 0, fp: 0, tn: 1, missed: [], leaked: [] }]);
    expect(summary.precision).toBeNaN();
    expect(summary.recall).toBeNaN();
    expect(summary.f1).toBeNaN();
  });
});

describe('halfOf', () => {
  it('splits ids into two fixed halves of similar size', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `page-${i}.html`);
    const dev = ids.filter((id) => halfOf(id) === 'dev');
    expect(dev.length).toBeGreaterThan(150);
    expect(dev.length).toBeLessThan(250);
    // Pinned: a change of hash or rule would silently move pages between the tuning and checking halves.
    expect(['d', 'e', 'g', 'h'].map(halfOf)).toEqual(['dev', 'check', 'check', 'dev']);
  });
});

describe('loadTrafDataset', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads names with spaces or without .html, and decodes windows-1252 bytes as a browser would', () => {
    dir = mkdtempSync(join(tmpdir(), 'traf-'));
    mkdirSync(join(dir, 'html'));
    const entries = [
      { file: 'Zażółć gęślą.html', url: 'https://a.example/', with: ['x'], without: [] },
      { file: 'no-extension', url: 'https://b.example/', with: [], without: ['y'] },
    ];
    writeFileSync(join(dir, 'eval.json'), JSON.stringify(entries));
    writeFileSync(join(dir, 'html', 'Zażółć gęślą.html'), '<p>utf-8: Zażółć</p>');
    // "Café – 5 €" in windows-1252, no charset declared and not valid UTF-8.
    writeFileSync(
      join(dir, 'html', 'no-extension'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]),
    );
    const pages = loadTrafDataset(dir);
    expect(pages.map((p) => p.id)).toEqual(['Zażółć gęślą.html', 'no-extension']);
    expect(readTrafHtml(pages[0]!)).toBe('<p>utf-8: Zażółć</p>');
    expect(readTrafHtml(pages[1]!)).toBe('Café – 5 €');
  });

  it('says which pages have no file', () => {
    dir = mkdtempSync(join(tmpdir(), 'traf-'));
    mkdirSync(join(dir, 'html'));
    writeFileSync(
      join(dir, 'eval.json'),
      JSON.stringify([{ file: 'gone.html', url: 'u', with: [], without: [] }]),
    );
    expect(() => loadTrafDataset(dir)).toThrow(/gone\.html/);
  });
});
