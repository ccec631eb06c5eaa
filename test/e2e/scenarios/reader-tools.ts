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
import { ARTICLE_PATH, engineResult, expectOk, readerIsClosed, readerIsOpen } from './context';
import type { ScenarioContext } from './context';

export const RICH_PATH = '/e2e/rich-article.html';
const GOLDEN_MD = resolve(import.meta.dirname, '../../expected/saved/article.md');

async function openReaderOn({ driver, server }: ScenarioContext, path: string): Promise<PageHandle> {
  const page = await driver.openPage(server.url(path));
  const tabId = await page.tabId();
  await expectOk(callBackground(driver, 'reader/open', { tabId }));
  await page.waitFor(readerIsOpen, null);
  return page;
}

/** Clicks a button inside the reader's shadow root. */
function clickInReader(page: PageHandle, selector: string): Promise<void> {
  return page.click(`pith-reader >>> ${selector}`);
}

/** The lines that depend on where and when the file was saved. */
function withoutPlaceAndTime(markdown: string): string {
  return markdown.replace(/^source: .*$/m, 'source: …').replace(/^created: .*$/m, 'created: …');
}

export async function readerPrintsTheArticleAlone(ctx: ScenarioContext): Promise<number> {
  const page = await openReaderOn(ctx, RICH_PATH);
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
  const page = await openReaderOn(ctx, ARTICLE_PATH);
  try {
    const expected = engineResult(ARTICLE_PATH, page.url);
    const file = await page.download(async () => {
      await clickInReader(page, 'button.save-button');
      await clickInReader(page, '.save [data-choice="markdown"]');
    });
    expect(file.name).toBe(`${expected.title}.md`);
    expect(file.text).toContain(`source: "${page.url}"`);
    expect(file.text).toMatch(/^created: "\d{4}-\d{2}-\d{2}T/m);
    expect(withoutPlaceAndTime(file.text)).toBe(withoutPlaceAndTime(readFileSync(GOLDEN_MD, 'utf8')));
  } finally {
    await page.close();
  }
}

/** Listen (with a recording speech engine): reads the title, skips a paragraph, and closing stops it. */
export async function readerListensAndStops(ctx: ScenarioContext): Promise<void> {
  const { driver, server } = ctx;
  const page = await driver.openPage(server.url(ARTICLE_PATH));
  try {
    const tabId = await page.tabId();
    await expectOk(callBackground(driver, 'page/report', { tabId }));
    await driver.background({ kind: 'stub-speech', tabId });
    await expectOk(callBackground(driver, 'reader/open', { tabId }));
    await page.waitFor(readerIsOpen, null);
    const speech = () => document.documentElement.getAttribute('data-pith-speech') ?? '';
    const highlighted = () =>
      document.querySelector('pith-reader')?.shadowRoot?.querySelector('.speaking')?.textContent ?? '';

    await clickInReader(page, 'button.listen');
    await page.waitFor(
      () => document.documentElement.getAttribute('data-pith-speech')?.startsWith('speaking:') === true,
      null,
    );
    const title = 'The Quiet Return of the Night Heron';
    expect(await page.evaluate(speech, null)).toBe(`speaking:${title}`);
    expect(await page.evaluate(highlighted, null)).toBe(title);

    await clickInReader(page, 'button.listen-next');
    await page.waitFor(
      (t) => document.documentElement.getAttribute('data-pith-speech') !== `speaking:${t}`,
      title,
    );
    expect(await page.evaluate(speech, null)).toMatch(/^speaking:For the first time in thirty years/);
    expect(await page.evaluate(highlighted, null)).toMatch(/^For the first time in thirty years/);
    await page.screenshot(join(ctx.resultsDir, `reader-listen-${driver.name}.png`));

    await clickInReader(page, 'button.close');
    await page.waitFor(readerIsClosed, null);
    expect(await page.evaluate(speech, null)).toBe('cancelled');
  } finally {
    await page.close();
  }
}

/** Screenshots: the toolbar with the Save menu open, and code + table + figure in each theme. */
export async function readerToolScreens(ctx: ScenarioContext): Promise<string[]> {
  const page = await openReaderOn(ctx, RICH_PATH);
  const shots: string[] = [];
  try {
    for (const theme of ['light', 'sepia', 'dark'] as ReaderTheme[]) {
      await clickInReader(page, `button[data-theme="${theme}"]`);
      await page.waitFor(
        (t) => document.querySelector('pith-reader')?.getAttribute('data-theme') === t,
        theme,
      );
      await page.evaluate(() => {
        const root = document.querySelector('pith-reader')?.shadowRoot;
        root?.querySelector('pre')?.scrollIntoView({ block: 'start', behavior: 'instant' });
      }, null);
      const shot = join(ctx.resultsDir, `reader-content-${ctx.driver.name}-${theme}.png`);
      await page.screenshot(shot);
      shots.push(shot);
    }
    await page.evaluate(() => {
      document.querySelector('pith-reader')?.shadowRoot?.querySelector('.root')?.scrollTo(0, 0);
    }, null);
    await clickInReader(page, 'button.save-button');
    const shot = join(ctx.resultsDir, `reader-toolbar-${ctx.driver.name}.png`);
    await page.screenshot(shot);
    shots.push(shot);
    return shots;
  } finally {
    await page.close();
  }
}
