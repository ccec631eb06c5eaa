/**
 * The popup's first report on a page comes without the comparison's rows (the clean text paints first, the rows
 * follow): over every fixture page, that first report and its rows built after are the whole report, the clean
 * blocks drawn first are the ones the rows come with, and the first message is smaller.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildPageReport, buildReportFirst } from '../../extension/content/page-report';
import { parseDocument } from '../../src/node';
import { loadFixturePages } from '../fixtures/fixture-pages';

const parse = (html: string): Document => new JSDOM(html).window.document;
const pages = loadFixturePages();

describe('a first report without its rows', () => {
  it.each(pages.map((p) => [p.name, p] as const))('%s: first report + rows = the whole report', (_, page) => {
    const whole = buildPageReport(
      parseDocument(page.html, page.expect.url, 'linkedom'),
      page.expect.url,
      {},
      { parse },
    );
    const parts = buildReportFirst(
      parseDocument(page.html, page.expect.url, 'linkedom'),
      page.expect.url,
      {},
      { parse },
    );
    const first = parts.report;
    expect(first.comparison).toMatchObject({ rows: [], emptyCuts: [], unplaced: [], rowsPending: true });
    expect(first.comparison.clean).toEqual(whole.comparison.clean);
    // The engine's own timings aside.
    expect({ ...first.result, stats: null }).toEqual({ ...whole.result, stats: null });
    expect(first.reasons).toEqual(whole.reasons);
    const rows = parts.comparison();
    expect(rows).toEqual(whole.comparison);
    // The same blocks, not a copy: the popup keeps the clean text it drew.
    expect(rows.clean).toBe(first.comparison.clean);
    if (whole.comparison.rows.length > 0)
      expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(whole).length);
  });
});
