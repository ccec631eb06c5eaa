/**
 * The hostile corpus (test/fixtures/hostile) through the whole extension: every page is opened, its reader
 * opened and audited, its popup opened and its Markdown rendered by a previewer (marked); then the options page.
 * Every payload reports to a local server (see cases.ts for when a report counts); the test wants none.
 * Pages go in batches of tabs so the waits for images and media to fail are shared.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { expect } from 'vitest';
import type { ReaderPrefs } from '../../../extension/shared/storage';
import { hostilePages } from '../../fixtures/hostile/corpus';
import { callBackground } from '../driver';
import type { PageHandle } from '../driver';
import { startHostileServer } from '../support/hostile-server';
import type { Hit } from '../support/hostile-server';
import { expectOk, readerAudit, waitForReader } from './context';
import type { ScenarioContext } from './context';

const BATCH = 8;
/** Long enough for a local 404 image, media error or frame to report. */
const SETTLE_MS = 600;

export interface HostileReport {
  pages: number;
  /** Reports that count: everything after the pages of a batch had loaded. */
  hits: Hit[];
  /** Reports while the pages were loading: the pages' own frames running (a data: iframe cannot tell). */
  pageOwn: Hit[];
  /** Reader elements audited, and what the audit found (`page: problem`). */
  elements: number;
  problems: string[];
  /** Pages whose reader did not open, was not visible, or was reachable from the page. */
  readerFailures: string[];
  /** Pages the reader refused to open, with the message the user saw (not an execution, but a page that wins). */
  refused: string[];
}

const settle = (ms = SETTLE_MS) => new Promise((done) => setTimeout(done, ms));

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

export async function hostileCorpusIsInert(ctx: ScenarioContext): Promise<HostileReport> {
  const { driver } = ctx;
  const server = await startHostileServer();
  const pages = hostilePages();
  const report: HostileReport = {
    pages: pages.length,
    hits: [],
    pageOwn: [],
    elements: 0,
    problems: [],
    readerFailures: [],
    refused: [],
  };
  const prefsBefore = await expectOk<ReaderPrefs>(callBackground(driver, 'reader-prefs/get', {}));
  const markdown: { slug: string; text: string }[] = [];
  const counted: Hit[] = [];
  let lastCounted = 0;
  try {
    for (let i = 0; i < pages.length; i += BATCH) {
      const batch = pages.slice(i, i + BATCH);
      const t0 = Date.now();
      const beforeLoad = server.hits().length;
      const tabs = await Promise.all(
        batch.map(async ({ slug, file }) => ({
          slug,
          page: await driver.openPage(server.url(`/hostile/${file}`)),
        })),
      );
      const open: { slug: string; page: PageHandle; tabId: number }[] = [];
      for (const { slug, page } of tabs) open.push({ slug, page, tabId: await page.tabId() });
      const loaded = server.hits();
      counted.push(...loaded.slice(lastCounted, beforeLoad));
      report.pageOwn.push(...loaded.slice(beforeLoad));
      lastCounted = loaded.length;
      const t1 = Date.now();
      await Promise.all(
        open.map(async ({ slug, page, tabId }) => {
          // Page scripts that attack the reader start now (see cases.ts).
          await page.evaluate(() => {
            (window as unknown as { __armed: boolean }).__armed = true;
          }, null);
          const opened = (await callBackground(driver, 'reader/open', { tabId })) as {
            ok: boolean;
            error?: { message: string };
          };
          if (!opened.ok) report.refused.push(`${slug}: ${opened.error?.message}`);
        }),
      );
      const t2 = Date.now();
      await settle();
      for (const { slug, tabId } of open) {
        if (report.refused.some((r) => r.startsWith(`${slug}:`))) continue;
        const state = await waitForReader(driver, tabId);
        if (!state.visible || state.shadowReachable || !state.text.includes('Breakwater')) {
          report.readerFailures.push(
            `${slug}: ${JSON.stringify({ ...state, text: state.text.slice(0, 60) })}`,
          );
        }
        const audit = await readerAudit(driver, tabId);
        report.elements += audit.elements;
        report.problems.push(...audit.problems.map((p) => `${slug}: ${p}`));
        const copied = await expectOk<{ text: string }>(
          callBackground(driver, 'copy/prepare', { tabId, format: 'markdown' }),
        );
        markdown.push({ slug, text: copied.text });
      }
      const t3 = Date.now();
      const popups = await Promise.all(
        open.map(({ tabId }) => driver.openExtensionPage(`extension/popup/index.html?tab=${tabId}`)),
      );
      await Promise.all(popups.map((p) => p.waitFor(() => document.body.dataset.state !== 'loading', null)));
      const t4 = Date.now();
      await Promise.all([...popups, ...open.map((o) => o.page)].map((p) => p.close()));
      if (process.env.PITH_HOSTILE_VERBOSE) {
        console.log(
          `hostile: ${i + batch.length} pages, ${server.hits().length} reports; open ${t1 - t0} reader ${t2 - t1} audit ${t3 - t2} popup ${t4 - t3} close ${Date.now() - t4} ms`,
        );
      }
    }

    // The copied Markdown, as a previewer that passes HTML through (marked) would show it.
    const body = markdown
      .map(
        ({ slug, text }) =>
          `<section id="${slug}"><h2>${escapeHtml(slug)}</h2>${marked.parse(text, { async: false })}</section>`,
      )
      .join('\n');
    server.setPreview(
      'markdown',
      `<!doctype html><meta charset="utf-8"><title>Markdown preview</title>${body}`,
    );
    const preview = await driver.openPage(server.url('/preview/markdown'));
    const badLinks = await preview.evaluate(
      () =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
          .filter(
            (a) =>
              !['http:', 'https:', 'mailto:'].includes(a.protocol) &&
              !a.getAttribute('href')?.startsWith('#'),
          )
          .map((a) => `${a.closest('section')?.id}: link ${a.getAttribute('href')?.slice(0, 40)}`),
      null,
    );
    report.problems.push(...badLinks.map((l) => `markdown ${l}`));
    await settle();
    await preview.close();

    const options = await driver.openExtensionPage('extension/options/index.html');
    await settle();
    await options.close();

    // Untrusted clicks and keys from the pages changed nothing the user chose.
    expect(await expectOk<ReaderPrefs>(callBackground(driver, 'reader-prefs/get', {}))).toEqual(prefsBefore);
    return report;
  } finally {
    report.hits = [...counted, ...server.hits().slice(lastCounted)];
    writeFileSync(join(ctx.resultsDir, `hostile-${driver.name}.json`), JSON.stringify(report, null, 2));
    await server.close();
  }
}
