/**
 * The reader's own tools in a real browser: print to PDF (the article alone, over pages), save Markdown
 * (compared with the golden file), listen (start, then stop by closing), and screenshots of the toolbar and a
 * page with code, a table and a figure in each theme.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { ReaderTheme } from '../../../extension/shared/storage';
import { callBackground } from '../driver';
import type { PageHandle } from '../driver';
import {
  ARTICLE_PATH,
  clickInReader as clickAt,
  engineResult,
  expectOk,
  readerState,
  waitForReader,
} from './context';
import type { ScenarioContext } from './context';

export const RICH_PATH = '/e2e/rich-article.html';
const GOLDEN_MD = resolve(import.meta.dirname, '../../expected/saved/article.md');

interface Opened {
  page: PageHandle;
  tabId: number;
  click(selector: string): Promise<void>;
}

async function openReaderOn(
  { driver, server }: ScenarioContext,
  path: string,
  before?: (tabId: number) => Promise<void>,
): Promise<Opened> {
  const page = await driver.openPage(server.url(path));
  const tabId = await page.tabId();
  await expectOk(callBackground(driver, 'page/report', { tabId }));
  await before?.(tabId);
  await expectOk(callBackground(driver, 'reader/open', { tabId }));
  await waitForReader(driver, tabId, true);
  return { page, tabId, click: (selector) => clickAt(driver, page, tabId, selector) };
}

/**
 * Runs in the extension's world of the tab (the reader's shadow root is closed to the page): the Listen panel's
 * state, or scrolls the reader. Self-contained: it is sent as source text.
 */
function toolsProbe(op: 'listen' | 'scroll-to' | 'scroll-top', selector: string) {
  type ShadowApi = { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } };
  const api = (globalThis as unknown as { chrome?: ShadowApi }).chrome;
  let root: ShadowRoot | null = null;
  for (const el of Array.from(document.documentElement.children)) {
    const r =
      api?.dom?.openOrClosedShadowRoot?.(el) ??
      (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ??
      null;
    if (r?.querySelector('.root[role="dialog"]')) root = r;
  }
  if (op === 'listen') {
    return {
      state: root?.querySelector<HTMLElement>('.listen-panel')?.dataset.state ?? '',
      speaking: root?.querySelector('.speaking')?.textContent ?? '',
      message: root?.querySelector('.listen-message')?.textContent ?? '',
    };
  }
  if (op === 'scroll-to')
    root?.querySelector(selector)?.scrollIntoView({ block: 'start', behavior: 'instant' });
  else root?.querySelector('.root')?.scrollTo(0, 0);
  return null;
}

function probe(
  ctx: ScenarioContext,
  tabId: number,
  op: 'listen' | 'scroll-to' | 'scroll-top',
  selector = '',
) {
  return ctx.driver.background({
    kind: 'in-tab',
    tabId,
    source: toolsProbe.toString(),
    args: [op, selector],
  });
}

/** The lines that depend on where and when the file was saved. */
function withoutPlaceAndTime(markdown: string): string {
  return markdown.replace(/^source: .*$/m, 'source: …').replace(/^created: .*$/m, 'created: …');
}

export async function readerPrintsTheArticleAlone(ctx: ScenarioContext): Promise<number> {
  const { page } = await openReaderOn(ctx, RICH_PATH);
  try {
    const expected = engineResult(RICH_PATH, page.url);
    const pdfPath = join(ctx.resultsDir, `reader-print-${ctx.driver.name}.pdf`);
    writeFileSync(pdfPath, await page.pdf());
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim() !== '').length;
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(expected.title);
    expect(flat).toContain('Priya Natarajan');
    expect(flat).toContain(`Source: ${page.url}`);
    // The whole article, over more than one page: the first and the last paragraph.
    expect(flat).toContain('Every spring the allotment society at Marsh Lane');
    expect(flat).toContain('says the computer agrees with her, mostly.');
    expect(pages).toBeGreaterThanOrEqual(2);
    // Link targets are written out; the page's clutter and the reader's toolbar are not printed.
    expect(flat).toContain('(https://example.org/marsh-lane/station)');
    expect(flat).not.toContain('Related stories');
    expect(flat).not.toContain('Comments (3)');
    expect(flat).not.toContain('Share on Facebook');
    expect(flat).not.toMatch(/\bClose\b|\bListen\b/);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '40',
      pdfPath,
      join(ctx.resultsDir, `reader-print-${ctx.driver.name}`),
    ]);
    return pages;
  } finally {
    await page.close();
  }
}

export async function readerSavesMarkdown(ctx: ScenarioContext): Promise<void> {
  const { page, click } = await openReaderOn(ctx, ARTICLE_PATH);
  try {
    const expected = engineResult(ARTICLE_PATH, page.url);
    const file = await page.download(async () => {
      await click('button.save-button');
      await click('.save [data-choice="markdown"]');
    });
    expect(file.name).toBe(`${expected.title}.md`);
    expect(file.text).toContain(`source: "${page.url}"`);
    expect(file.text).toMatch(/^created: "\d{4}-\d{2}-\d{2}T/m);
    expect(withoutPlaceAndTime(file.text)).toBe(withoutPlaceAndTime(readFileSync(GOLDEN_MD, 'utf8')));
  } finally {
    await page.close();
  }
}

export const IMAGES_PATH = '/e2e/save-images.html';

/**
 * Save as a web page: the image the page may fetch (same origin) is inside the file as a data: URL, the one
 * from another origin without CORS keeps its address, and the confirmation says so.
 */
export async function readerSavesSelfContainedHtml(ctx: ScenarioContext): Promise<void> {
  const { page, click } = await openReaderOn(ctx, IMAGES_PATH);
  try {
    const file = await page.download(async () => {
      await click('button.save-button');
      await click('.save [data-choice="html"]');
    });
    expect(file.name).toBe('Weather station pictures.html');
    const sources = Array.from(file.text.matchAll(/<img[^>]*\ssrc="([^"]*)"/g), (m) => m[1] ?? '');
    expect(sources).toHaveLength(2);
    expect(sources[0]).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(sources[1]).toMatch(/^http:\/\/localhost:\d+\/e2e\/station\.png$/);
    expect(file.text).not.toMatch(/<script/i);
    await page.waitFor(
      () =>
        document
          .querySelector('pith-toast')
          ?.shadowRoot?.textContent?.includes('1 image could not be embedded') === true,
      null,
    );
  } finally {
    await page.close();
  }
}

/** Listen (with a recording speech engine): reads the title, skips a paragraph, and closing stops it. */
export async function readerListensAndStops(ctx: ScenarioContext): Promise<void> {
  const { driver } = ctx;
  const { page, tabId, click } = await openReaderOn(ctx, ARTICLE_PATH, async (id) => {
    await driver.background({ kind: 'stub-speech', tabId: id });
  });
  try {
    const speech = () => document.documentElement.getAttribute('data-pith-speech') ?? '';
    const listen = async () => (await probe(ctx, tabId, 'listen')) as { speaking: string; state: string };

    await click('button.listen');
    await page.waitFor(
      () => document.documentElement.getAttribute('data-pith-speech')?.startsWith('speaking:') === true,
      null,
    );
    const title = 'The Quiet Return of the Night Heron';
    expect(await page.evaluate(speech, null)).toBe(`speaking:${title}`);
    expect(await listen()).toMatchObject({ state: 'playing', speaking: title });

    await click('button.listen-next');
    await page.waitFor(
      (t) => document.documentElement.getAttribute('data-pith-speech') !== `speaking:${t}`,
      title,
    );
    expect(await page.evaluate(speech, null)).toMatch(/^speaking:For the first time in thirty years/);
    expect((await listen()).speaking).toMatch(/^For the first time in thirty years/);
    await page.screenshot(join(ctx.resultsDir, `reader-listen-${driver.name}.png`));

    await click('button.close');
    await waitForReader(driver, tabId, false);
    expect(await page.evaluate(speech, null)).toBe('cancelled');
  } finally {
    await page.close();
  }
}

/** Screenshots: the toolbar with the Save menu open, and code + table + figure in each theme. */
export async function readerToolScreens(ctx: ScenarioContext): Promise<string[]> {
  const { page, tabId, click } = await openReaderOn(ctx, RICH_PATH);
  const shots: string[] = [];
  try {
    for (const theme of ['light', 'sepia', 'dark'] as ReaderTheme[]) {
      await click(`button[data-theme="${theme}"]`);
      await expect.poll(async () => (await readerState(ctx.driver, tabId)).theme).toBe(theme);
      await probe(ctx, tabId, 'scroll-to', 'pre');
      const shot = join(ctx.resultsDir, `reader-content-${ctx.driver.name}-${theme}.png`);
      await page.screenshot(shot);
      shots.push(shot);
    }
    await probe(ctx, tabId, 'scroll-top');
    await click('button.save-button');
    const shot = join(ctx.resultsDir, `reader-toolbar-${ctx.driver.name}.png`);
    await page.screenshot(shot);
    shots.push(shot);
    return shots;
  } finally {
    await page.close();
  }
}
