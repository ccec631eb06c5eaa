import { describe, expect, it } from 'vitest';
import { cleanHtml, type DomImplementation } from '../../src/node';
import { pageBlocks } from '../../src/memory/blocks';
import { normaliseBlockText } from '../../src/memory/normalise';
import { emptyMemory, remember, templateFor, type SiteMemory } from '../../src/memory/store';
import { parseDocument } from '../../src/node';
import type { CleanResult } from '../../src/types';
import { sitePage, storyParagraphs } from '../support/memory-site';

const url = (n: number): string => `https://gazette.example/story-${n}`;

/** Cleans each page with what the memory learned so far, then remembers it: the CLI's and the extension's order. */
function visit(
  pages: { n: number; html: string }[],
  dom: DomImplementation,
  memory: SiteMemory = emptyMemory(),
  disabledRuleIds: string[] = [],
): { results: CleanResult[]; memory: SiteMemory } {
  const results: CleanResult[] = [];
  let mem = memory;
  for (const { n, html } of pages) {
    const r = cleanHtml(html, {
      url: url(n),
      dom,
      siteTemplate: templateFor(mem, url(n)),
      collectPrints: true,
      disabledRuleIds,
    });
    mem = remember(mem, url(n), r.prints ?? [], n);
    results.push(r);
  }
  return { results, memory: mem };
}

const memoryCuts = (r: CleanResult): string[] =>
  r.removed.filter((b) => b.ruleId.startsWith('memory:')).map((b) => b.text);

const plain = (n: number): { n: number; html: string } => ({ n, html: sitePage(n) });

/** The prints of a page's blocks by the block's class name (the page's boxes have one each). */
const printsOf = (html: string, dom: DomImplementation): Map<string, string> => {
  const doc = parseDocument(html, 'https://gazette.example/', dom);
  return new Map(pageBlocks(doc).map((b) => [b.el.getAttribute('class') ?? '', b.print]));
};

describe.each<DomImplementation>(['jsdom', 'linkedom'])('site memory on %s', (dom) => {
  it('gives the same block on two pages the same print, and changed text another', () => {
    const one = printsOf(sitePage(1), dom);
    const two = printsOf(sitePage(2), dom);
    expect(one.get('partner')).toMatch(/^b/);
    expect(one.get('partner')).toBe(two.get('partner'));
    const changed = printsOf(sitePage(1).replace('shop for prints', 'shop for posters'), dom);
    expect(changed.get('partner')).not.toBe(one.get('partner'));
  });

  it('ignores white space, case and numbers in a print, but not words', () => {
    const variant = sitePage(1)
      .replace('Visit the Gazette shop', 'VISIT   the gazette\n shop')
      .replace('12 Quay Street', '14 Quay Street');
    const a = printsOf(sitePage(1), dom);
    const b = printsOf(variant, dom);
    expect(b.get('partner')).toBe(a.get('partner'));
    expect(b.get('bottom')).toBe(a.get('bottom'));
    const other = printsOf(sitePage(1).replace('12 Quay Street', '12 Quay Road'), dom);
    expect(other.get('bottom')).not.toBe(a.get('bottom'));
  });

  it('remembers paragraphs of prose, not short lines', () => {
    const blocks = pageBlocks(parseDocument(sitePage(1), url(1), dom));
    const leaves = blocks.filter((b) => b.kind === 'leaf');
    expect(leaves.length).toBe(6);
    for (const leaf of leaves) expect(leaf.el.textContent).toMatch(/^In part \d of story 1/);
  });

  it('knows a rail whose items change by its heading', () => {
    const rail = (html: string, n: number): string | undefined =>
      pageBlocks(parseDocument(html, url(n), dom)).find((b) => b.el.className === 'side-box')?.print;
    const a = rail(sitePage(1, { railItems: ['Ferry fares rise', 'Orchard saved'] }), 1);
    const b = rail(sitePage(2, { railItems: ['Library closes early', 'Museum wins prize'] }), 2);
    expect(a).toMatch(/^b/);
    expect(a).toBe(b);
  });

  it('folds numbers to one mark, so counters and dates match, but keeps that a number was there', () => {
    expect(normaliseBlockText('Updated 3 May, 12:40 — 7 comments')).toBe(
      normaliseBlockText('updated 14 May, 9:05 — 112 comments'),
    );
    expect(normaliseBlockText('Top 10 stories')).not.toBe(normaliseBlockText('Top stories'));
    expect(normaliseBlockText('  Sign\n UP ')).toBe('sign up');
    expect(normaliseBlockText('Sign up')).not.toBe(normaliseBlockText('Sign in'));
  });

  it('cuts nothing on the first three pages, then the template, with its reason and page count', () => {
    const { results } = visit([1, 2, 3, 4, 5].map(plain), dom);
    for (const r of results.slice(0, 3)) expect(memoryCuts(r)).toEqual([]);
    const fourth = results[3] as CleanResult;
    expect(fourth.text).not.toContain('Visit the Gazette shop');
    expect(fourth.text).not.toContain('Ada covers the harbour');
    expect(fourth.text).not.toContain('Spotted an error?');
    const cut = fourth.removed.find((b) => b.text.includes('Visit the Gazette shop'));
    expect(cut?.ruleId).toMatch(/^memory:b[0-9a-z]+\.p[0-9a-z]+$/);
    expect(cut?.reason).toBe('Repeats on 3 pages of this site');
    expect(results[4]?.removed.find((b) => b.text.includes('Visit the Gazette shop'))?.reason).toBe(
      'Repeats on 4 pages of this site',
    );
    // The story itself is whole.
    expect(fourth.text).toContain('In part 6 of story 4');
  });

  it('counts a page visited three times once', () => {
    const { results } = visit([plain(1), plain(1), plain(1), plain(2), plain(3)], dom);
    for (const r of results) expect(memoryCuts(r)).toEqual([]);
  });

  it('keeps a learned block whose memory: id is switched off', () => {
    const learned = visit([1, 2, 3].map(plain), dom).memory;
    const probe = visit([plain(4)], dom, learned).results[0] as CleanResult;
    const promo = probe.removed.find((b) => b.text.includes('Spotted an error?'));
    expect(promo?.ruleId).toMatch(/^memory:/);
    const kept = visit([plain(4)], dom, learned, [promo?.ruleId ?? '']).results[0] as CleanResult;
    expect(kept.text).toContain('Spotted an error?');
    expect(memoryCuts(kept).join(' ')).toContain('Visit the Gazette shop');
  });

  it('never cuts a recurring standfirst from the article body', () => {
    const lead =
      '<p class="standfirst">This story is part of our series on how the town will change by 2040, told by the people who live here every day.</p>';
    const { results } = visit(
      [1, 2, 3, 4].map((n) => ({ n, html: sitePage(n, { lead }) })),
      dom,
    );
    expect(results[3]?.text).toContain('This story is part of our series');
    expect(memoryCuts(results[3] as CleanResult).join(' ')).not.toContain('part of our series');
  });

  it('never cuts a syndicated paragraph, or a sentence two articles share', () => {
    const syndicated =
      '<p>The regional water board said on Monday that levels in the reservoir were the lowest recorded since measurements began, and asked residents to save water.</p>';
    const { results } = visit(
      [1, 2, 3, 4].map((n) => ({ n, html: sitePage(n, { inBody: syndicated }) })),
      dom,
    );
    expect(results[3]?.text).toContain('The regional water board said on Monday');
  });

  it('keeps a box known by its heading when it holds new prose on this page', () => {
    const background = (n: number): string =>
      `<div class="bg"><h3>Background</h3>${storyParagraphs(n + 100, 2)}</div>`;
    const { results } = visit(
      [1, 2, 3, 4].map((n) => ({ n, html: sitePage(n, { inBody: background(n) }) })),
      dom,
    );
    expect(results[3]?.text).toContain('In part 2 of story 104');
    expect(results[3]?.text).toContain('Background');
  });

  it('keeps a repeating box with more prose than a template box holds', () => {
    const about = `<div class="series">${storyParagraphs(500, 3)}</div>`;
    const { results } = visit(
      [1, 2, 3, 4].map((n) => ({ n, html: sitePage(n, { inBody: about }) })),
      dom,
    );
    const last = results[3] as CleanResult;
    expect(memoryCuts(last).join(' ')).toContain('Spotted an error?');
    for (let i = 1; i <= 3; i++) expect(last.text).toContain(`In part ${i} of story 500`);
  });

  it('keeps a whole story read under several addresses (syndicated, an AMP twin)', () => {
    const same = sitePage(7);
    const { results } = visit(
      [1, 2, 3, 4].map((n) => ({ n, html: same })),
      dom,
    );
    const last = results[3] as CleanResult;
    // Cleaned as an article (not the whole page, which would keep everything).
    expect(last.isArticle).toBe(true);
    expect(last.text).not.toContain('Dossiers');
    for (let i = 1; i <= 6; i++) expect(last.text).toContain(`In part ${i} of story 7`);
  });

  it('keeps a story read before whose paragraphs sit in small boxes', () => {
    // The paragraphs in pairs, each pair a box of under 80 words of known prose: only the page as a whole says
    // that this is a story read before, not a template.
    const chunked = sitePage(8).replace(
      /(<p>In part [135][^]*?<\/p>\s*<p>[^]*?<\/p>)/g,
      '<div class="chunk">$1</div>',
    );
    expect(chunked.match(/class="chunk"/g)).toHaveLength(3);
    const { results } = visit(
      [1, 2, 3, 4].map((n) => ({ n, html: chunked })),
      dom,
    );
    const last = results[3] as CleanResult;
    // Cleaned as an article (not the whole page, which would keep everything).
    expect(last.isArticle).toBe(true);
    expect(last.text).not.toContain('Dossiers');
    for (let i = 1; i <= 6; i++) expect(last.text).toContain(`In part ${i} of story 8`);
  });

  it('cuts the same learned boxes on a page past the limits, whose bounded copy numbers its elements otherwise', () => {
    const { memory } = visit([plain(1), plain(2), plain(3)], dom);
    const within = cleanHtml(sitePage(4), { url: url(4), dom, siteTemplate: templateFor(memory, url(4)) });
    expect(memoryCuts(within).length).toBeGreaterThan(2);
    // 3,100 children of one parent (past the 3,000 kept per parent) before the template, and more after it.
    const filler = `<div class="filler">${'<i>.</i>'.repeat(3100)}</div>`;
    const tail = `<div class="tail">${'<span>x</span>'.repeat(300)}</div>`;
    const html = sitePage(4)
      .replace('<div class="wrap">', `${filler}<div class="wrap">`)
      .replace('</body>', `${tail}</body>`);
    const r = cleanHtml(html, { url: url(4), dom, siteTemplate: templateFor(memory, url(4)) });
    expect(r.warnings.some((w) => w.code === 'too-large')).toBe(true);
    // The 100 children past the limit shift every later position: cut by place in the original, the learned
    // cuts would take other elements (six wrong spans, before positions were looked up).
    expect(memoryCuts(r)).toEqual(memoryCuts(within));
    expect(r.text).toContain('In part 6 of story 4');
  });

  it('reads a page only as far as the element limit', () => {
    const para = (i: number) =>
      `<p>Paragraph ${i} of a very long page that goes on and on with words, clause after clause, for the reader.</p>`;
    const html = `<!doctype html><html><body>${Array.from({ length: 3000 }, (_, i) => `<div>${para(i)}${para(i + 1)}</div>`).join('')}</body></html>`;
    const doc = parseDocument(html, 'https://gazette.example/', dom);
    expect(Math.max(...pageBlocks(doc).map((b) => b.index))).toBeGreaterThan(6000);
    const bounded = pageBlocks(doc, 600);
    expect(bounded.length).toBeGreaterThan(100);
    expect(Math.max(...bounded.map((b) => b.index))).toBeLessThan(600);
  });

  it('adds no prints and no memory cuts unless asked', () => {
    const r = cleanHtml(sitePage(1), { url: url(1), dom });
    expect(r.prints).toBeUndefined();
    expect(r.removed.some((b) => b.ruleId.startsWith('memory:'))).toBe(false);
  });

  it('collects prints from the original page, whatever was cut', () => {
    const r = cleanHtml(sitePage(1), { url: url(1), dom, collectPrints: true });
    const boxes = (r.prints ?? []).filter((p) => p.print.startsWith('b'));
    expect(boxes.length).toBeGreaterThan(3);
    expect(boxes.map((p) => p.selector)).toContain('div.partner');
    for (const p of r.prints ?? []) expect(p.selector).not.toMatch(/Gazette|Visit/);
  });
});
