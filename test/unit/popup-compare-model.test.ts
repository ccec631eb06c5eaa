import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { align, buildRows, group, locate, paragraphs } from '../../extension/popup/compare-model';
import type { RemovedRow, Row } from '../../extension/popup/compare-model';
import { parseSanitized } from '../../extension/popup/sanitize';
import { cleanHtml } from '../../src/node';
import type { RemovedBlock } from '../../src/types';

const PAGE = resolve(import.meta.dirname, '../e2e/pages/popup-article.html');
const URL = 'http://127.0.0.1/e2e/popup-article.html';

type PageWindow = Window & typeof globalThis;
const win = new JSDOM('').window as unknown as PageWindow;

/** What the content script sends: the page's `<main>` (see originalMainHtml), sanitized and parsed here. */
function fromPage() {
  const html = readFileSync(PAGE, 'utf8');
  const result = cleanHtml(html, { url: URL, dom: 'jsdom' });
  const page = new JSDOM(html).window.document;
  const doc = parseSanitized(page.querySelector('main')?.outerHTML ?? '', win);
  return { result, doc };
}

function block(partial: Partial<RemovedBlock>): RemovedBlock {
  return { ruleId: 'x:1', reason: 'X', stage: 'pre-rules', text: '', where: '', html: '', ...partial };
}

describe('popup comparison model', () => {
  it('lists every removed block once, in document order among the kept text', () => {
    const { result, doc } = fromPage();
    const rows = buildRows(doc, result.removed);
    const removed = rows.filter((r): r is RemovedRow => r.kind === 'removed');
    expect(removed.map((r) => r.index).sort((a, b) => a - b)).toEqual(result.removed.map((_, i) => i));

    // The share block sits between the second and third paragraphs of the article, as on the page.
    const at = rows.findIndex((r) => r.kind === 'removed' && r.block.ruleId.startsWith('share:'));
    expect(rows[at - 1]).toMatchObject({ kind: 'kept', text: expect.stringMatching(/^The tannery land/) });
    expect(rows[at + 1]).toMatchObject({ kind: 'kept', text: expect.stringMatching(/^“People told me/) });

    // Header and footer lie outside `<main>`: not located, put before and after the region.
    const header = removed.find((r) => r.block.ruleId === 'readability:header');
    const footer = removed.find((r) => r.block.ruleId === 'readability:footer');
    expect(header?.located).toBe(false);
    expect(rows[0]).toBe(header);
    expect(rows[rows.length - 1]).toBe(footer);
    // Rule cuts inside the region are located by their `where` path.
    expect(removed.filter((r) => r.block.stage === 'pre-rules').every((r) => r.located)).toBe(true);
  });

  it('matches every clean paragraph to a kept row, in order', () => {
    const { result, doc } = fromPage();
    const paras = paragraphs(result.text);
    const rows = align(buildRows(doc, result.removed), paras);
    const matched = rows.flatMap((r) => (r.kind === 'kept' && r.para !== undefined ? [r.para] : []));
    expect(matched).toEqual(paras.map((_, i) => i));
  });

  it('falls back to a shorter path, then to the text, when the full path does not fit the fragment', () => {
    const doc = parseSanitized(
      '<section><div><p>Alpha</p><aside>Buy our mugs today</aside></div></section>',
      win,
    );
    const taken = new Set<Element>();
    expect(
      locate(doc, block({ where: 'body > main > section > div > aside', text: 'Buy our mugs today' }), taken)
        ?.localName,
    ).toBe('aside');
    expect(locate(doc, block({ where: '#gone', text: 'Buy our mugs today' }), taken)?.localName).toBe(
      'aside',
    );
    // A path that exists but holds other text is not trusted.
    expect(locate(doc, block({ where: 'section p', text: 'Something else entirely' }), taken)).toBeNull();
    expect(locate(doc, block({ where: 'p:::bad', text: '' }), taken)).toBeNull();
  });

  it('reads page HTML only through DOMPurify: no scripts, no handlers', () => {
    const doc = parseSanitized(
      '<main><p>Hi</p><img src="x" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a></main>',
      win,
    );
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('[onerror]')).toBeNull();
    expect(doc.querySelector('a')?.getAttribute('href') ?? null).toBeNull();
    expect(buildRows(doc, [])).toEqual([
      { kind: 'kept', text: 'Hi' },
      { kind: 'kept', text: 'x' },
    ]);
  });

  it('groups consecutive Readability cuts, and leaves rule cuts and kept text alone', () => {
    const r = (ruleId: string, stage: RemovedBlock['stage']): Row => ({
      kind: 'removed',
      index: 0,
      block: block({ ruleId, stage }),
      located: true,
    });
    const rows: Row[] = [
      r('readability:header', 'readability'),
      r('readability:cleaned', 'readability'),
      { kind: 'kept', text: 'a' },
      r('share:1', 'pre-rules'),
      r('readability:footer', 'readability'),
    ];
    expect(group(rows).map((g) => (g.kind === 'readability' ? `R${g.rows.length}` : g.row.kind))).toEqual([
      'R2',
      'kept',
      'removed',
      'R1',
    ]);
  });

  it('splits clean text into paragraphs the way CleanResult.text separates them', () => {
    expect(paragraphs('One  line.\n\nTwo\nlines.\n\n\n \nThree')).toEqual([
      'One line.',
      'Two lines.',
      'Three',
    ]);
    expect(paragraphs('')).toEqual([]);
  });
});
