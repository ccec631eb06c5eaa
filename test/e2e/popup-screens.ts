/**
 * Screenshots of the popup page at 800×600 and 400×600, light and dark, plus its non-page states; and the
 * layout behaviour that needs a real viewport: linked scrolling, and tabs keeping their state across a resize.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import type { StaticServer } from './support/static-server';
import { chromiumFlagsWithExtension } from '../support/chromium-flags';

export interface ScreensOptions {
  extensionDir: string;
  server: StaticServer;
  resultsDir: string;
  articlePath: string;
}

export interface ScreensReport {
  shots: string[];
  /** Clean pane's scrollTop after scrolling the original pane down (linked scrolling). */
  followedScroll: number;
  /** The tab selected after narrow → wide → narrow (it must stay "compare"). */
  tabAfterResize: string;
  /** Element focused by Tab from the share cut (must be its "Keep this" button). */
  focusedByTab: string;
  timings: Record<string, string>;
}

export async function takePopupScreens(opts: ScreensOptions): Promise<ScreensReport> {
  const profile = mkdtempSync(join(tmpdir(), 'pith-screens-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumFlagsWithExtension(opts.extensionDir),
  });
  const shots: string[] = [];
  const report: ScreensReport = {
    shots,
    followedScroll: 0,
    tabAfterResize: '',
    focusedByTab: '',
    timings: {},
  };
  try {
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const tabIdOf = (url: string) =>
      worker.evaluate(async (u) => {
        const { chrome } = globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string; active: boolean }[]> } };
        };
        const tabs = await chrome.tabs.query({});
        return (tabs.find((t) => t.url === u) ?? tabs.find((t) => t.active))?.id ?? -1;
      }, url);

    const open = async (pageUrl: string): Promise<{ tab: Page; popup: Page }> => {
      const tab = await ctx.newPage();
      await tab.goto(pageUrl);
      await tab.bringToFront();
      const tabId = await tabIdOf(tab.url());
      const popup = await ctx.newPage();
      await popup.goto(`chrome-extension://${id}/extension/popup/index.html?tab=${tabId}`);
      await popup.waitForFunction(
        () =>
          document.body.dataset.state !== 'loading' &&
          (document.body.dataset.state !== 'ready' || document.body.dataset.sidesMs !== undefined),
      );
      return { tab, popup };
    };
    const shoot = async (popup: Page, name: string) => {
      const path = join(opts.resultsDir, `popup-${name}.png`);
      await popup.screenshot({ path });
      shots.push(path);
    };

    const { tab, popup } = await open(opts.server.url(opts.articlePath));
    await popup.waitForFunction(() => document.body.dataset.renderMs !== undefined);
    report.timings = await popup.evaluate(() => ({ ...document.body.dataset }) as Record<string, string>);

    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.evaluate(() => {
      const pane = document.getElementById('pane-compare');
      if (pane) pane.scrollTop = 400;
    });
    await popup.waitForFunction(() => (document.getElementById('pane-clean')?.scrollTop ?? 0) > 0);
    report.followedScroll = await popup.evaluate(() => document.getElementById('pane-clean')?.scrollTop ?? 0);
    await popup.evaluate(() => {
      for (const id of ['pane-compare', 'pane-clean']) document.getElementById(id)?.scrollTo({ top: 0 });
    });

    // Keyboard: Tab from a cut reaches its "Keep this" button, with a visible focus ring.
    await popup.focus('#compare .row.cut[data-rule^="share:"]');
    await popup.keyboard.press('Tab');
    report.focusedByTab = await popup.evaluate(() => document.activeElement?.textContent ?? '');
    await shoot(popup, 'focus-light');
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.click('#tab-compare');
    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.setViewportSize({ width: 400, height: 600 });
    report.tabAfterResize = await popup.evaluate(() => document.body.dataset.tab ?? '');
    await popup.evaluate(() => document.getElementById('pane-compare')?.scrollTo({ top: 0 }));
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 800, height: 600 });
      await shoot(popup, `wide-${scheme}`);
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.click('#tab-clean');
      await shoot(popup, `narrow-clean-${scheme}`);
      await popup.click('#tab-compare');
      await shoot(popup, `narrow-compare-${scheme}`);
      await popup.click('#tab-rules');
      await shoot(popup, `narrow-rules-${scheme}`);
    }
    await popup.close();
    await tab.close();

    for (const [name, url] of [
      ['not-article', opts.server.url('/fixtures/nonarticle--login.html')],
      ['restricted', 'chrome://version/'],
    ] as const) {
      const opened = await open(url);
      await opened.popup.setViewportSize({ width: 800, height: 600 });
      await shoot(opened.popup, name);
      await opened.popup.close();
      await opened.tab.close();
    }
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return report;
}
