/**
 * The element picker ("Remove something on this page…" in the context menu): click a block, go up to its parent
 * with ↑, see the live count, save with Enter; after a reload the block is cut with the new rule as its reason.
 * Esc leaves the page exactly as it was.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import type { PageReport } from '../../../extension/shared/messages';
import type { SiteSettings } from '../../../extension/shared/storage';
import { callBackground } from '../driver';
import { ARTICLE_PATH, expectOk, readerText, waitForReader } from './context';
import type { ScenarioContext } from './context';

const HOST = '127.0.0.1';

function pickerState(): { count: string; rule: string } | null {
  const host = document.querySelector<HTMLElement>('[data-pith-picker]');
  return host ? { count: host.dataset.count ?? '', rule: host.dataset.rule ?? '' } : null;
}

export async function pickerSavesARule({ driver, server, resultsDir }: ScenarioContext) {
  const page = await driver.openPage(server.url(ARTICLE_PATH));
  const tabId = await page.tabId();
  try {
    const before = await page.evaluate(() => document.documentElement.outerHTML, null);
    const start = () => driver.background({ kind: 'menu', menuItemId: 'pith-pick-element', tabId });

    // Esc leaves the page exactly as it was.
    await expectOk(start());
    await page.waitFor(() => document.querySelector('[data-pith-picker]') !== null, null);
    await page.click('aside.related > h2');
    await page.waitFor(
      () => (document.querySelector<HTMLElement>('[data-pith-picker]')?.dataset.count ?? '') !== '',
      null,
    );
    await page.press('Escape');
    await page.waitFor(() => document.querySelector('[data-pith-picker]') === null, null);
    expect(await page.evaluate(() => document.documentElement.outerHTML, null)).toBe(before);

    // Pick the heading, go up to its block, save.
    await expectOk(start());
    await page.waitFor(() => document.querySelector('[data-pith-picker]') !== null, null);
    await page.click('aside.related > h2');
    await page.waitFor(
      () => (document.querySelector<HTMLElement>('[data-pith-picker]')?.dataset.count ?? '') !== '',
      null,
    );
    expect(await page.evaluate(pickerState, null)).toEqual({ count: '1', rule: `${HOST}##aside.related h2` });
    await page.press('ArrowUp');
    await page.waitFor(
      () =>
        document
          .querySelector<HTMLElement>('[data-pith-picker]')
          ?.dataset.rule?.endsWith('##aside.related') ?? false,
      null,
    );
    expect(await page.evaluate(pickerState, null)).toEqual({ count: '1', rule: `${HOST}##aside.related` });
    await page.screenshot(join(resultsDir, `picker-${driver.name}.png`));
    await page.press('Enter');
    await page.waitFor(() => document.querySelector('[data-pith-picker]') === null, null);
    expect((await expectOk<SiteSettings>(callBackground(driver, 'site/get', { host: HOST }))).userRules).toBe(
      `${HOST}##aside.related`,
    );

    // After a reload the block is cut, with the new rule as its reason.
    await page.reload();
    const report = await expectOk<PageReport>(callBackground(driver, 'page/report', { tabId }));
    const cut = report.result.removed.find((r) => r.text.startsWith('Related stories'));
    expect(cut?.ruleId).toMatch(/^user:/);
    expect(report.result.firedRules.find((r) => r.ruleId === cut?.ruleId)).toBeDefined();

    // "Keep this" on the share bar: a readable exception from the block itself, with its text beside it.
    const share = report.result.removed.find((r) => r.ruleId.startsWith('share:'));
    expect(share).toBeDefined();
    const kept = await expectOk<SiteSettings>(
      callBackground(driver, 'site/keep', {
        tabId,
        block: { where: share?.where ?? '', text: share?.text ?? '' },
      }),
    );
    expect(kept.userRules).toBe(`${HOST}##aside.related\n${HOST}#@#div.share-bar`);

    // A rule that matches nothing here is "may be stale" after three visits, in the popup and the manager.
    await expectOk(callBackground(driver, 'site/add-rule', { host: HOST, rule: `${HOST}##.sponsor-strip` }));
    await expectOk(callBackground(driver, 'page/report', { tabId }));
    const popup = await driver.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
    try {
      await popup.waitFor(() => document.getElementById('stale-rules')?.hidden === false, null);
      const stale = await popup.evaluate(
        () => document.getElementById('stale-rules')?.textContent ?? '',
        null,
      );
      expect(stale).toContain(`${HOST}##.sponsor-strip`);
      expect(stale).not.toContain('aside.related');
      await popup.evaluate(() => document.getElementById('tab-rules')?.click(), null);
      await popup.screenshot(join(resultsDir, `popup-stale-rule-${driver.name}.png`));
      // "Remove something on this page…" in the popup starts the picker in the page.
      await popup.click('#pick-element');
      await page.waitFor(() => document.querySelector('[data-pith-picker]') !== null, null);
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('[data-pith-picker]') === null, null);
    } finally {
      await popup.close().catch(() => undefined);
    }
    const options = await driver.openExtensionPage('extension/options/index.html');
    try {
      await options.waitFor(() => document.querySelector('.site .stale-note') !== null, null);
      const card = await options.evaluate(
        (host) => document.querySelector(`.site[data-host="${host}"]`)?.textContent ?? '',
        HOST,
      );
      expect(card).toMatch(/Keeps\s*div\.share-bar\s*Share on Facebook · Share on X · Email this story/);
      // Earlier scenarios visit this host too: the log may hold more visits than these three.
      expect(card).toMatch(/##\.sponsor-strip removed (0 · ){2,}0 on the last \d visits may be stale/);
      await options.evaluate(() => document.getElementById('sites')?.scrollIntoView(), null);
      await options.screenshot(join(resultsDir, `rules-manager-${driver.name}.png`));
    } finally {
      await options.close();
    }
  } finally {
    await expectOk(callBackground(driver, 'site/remove', { host: HOST }));
    await page.close();
  }
}

/**
 * The picker with the reader open: the reader steps aside while the user picks on the page; Esc brings it back as
 * it was; Save brings it back cleaned with the new rule, and the popup's report shows the new cut. A rule taken
 * away in the options page re-cleans the open reader too.
 */
export async function pickerRecleansTheReader({ driver, server, resultsDir }: ScenarioContext) {
  const page = await driver.openPage(server.url(ARTICLE_PATH));
  const tabId = await page.tabId();
  const line = 'Surveyors will return in August';
  const pickerOpen = (open: boolean) =>
    page.waitFor((want) => (document.querySelector('[data-pith-picker]') !== null) === want, open);
  const readerShows = async (present: boolean) => {
    await expect
      .poll(async () => {
        const state = await waitForReader(driver, tabId);
        return state.text.includes(line);
      })
      .toBe(present);
  };
  try {
    // A popup report first, so the page keeps one that the picker's Save must make stale.
    const first = await expectOk<PageReport>(callBackground(driver, 'page/report', { tabId }));
    expect(first.result.text).toContain(line);
    await expectOk(callBackground(driver, 'reader/open', { tabId }));
    await readerShows(true);

    // Esc: the reader comes back as it was.
    await expectOk(driver.background({ kind: 'menu', menuItemId: 'pith-pick-element', tabId }));
    await pickerOpen(true);
    await waitForReader(driver, tabId, false);
    await page.press('Escape');
    await pickerOpen(false);
    await readerShows(true);

    // Pick the paragraph on the page and save: the reader comes back without it.
    await expectOk(driver.background({ kind: 'menu', menuItemId: 'pith-pick-element', tabId }));
    await pickerOpen(true);
    await waitForReader(driver, tabId, false);
    await page.click('article > p:last-of-type');
    await page.waitFor(
      () => document.querySelector<HTMLElement>('[data-pith-picker]')?.dataset.count === '1',
      null,
    );
    await page.screenshot(join(resultsDir, `picker-over-reader-${driver.name}.png`));
    await page.press('Enter');
    await pickerOpen(false);
    await readerShows(false);
    expect(await readerText(driver, tabId)).toContain('Eleven nests');
    const after = await expectOk<PageReport>(callBackground(driver, 'page/report', { tabId }));
    expect(after.result.text).not.toContain(line);
    const cut = after.result.removed.find((r) => r.text.startsWith(line));
    expect(cut?.ruleId).toMatch(/^user:/);

    // The site's settings removed in the options page (its real button): the open reader re-cleans.
    const options = await driver.openExtensionPage('extension/options/index.html');
    try {
      await options.click(`button[aria-label="Remove all settings for ${HOST}"]`);
      await options.waitFor((h) => document.querySelector(`.site[data-host="${h}"]`) === null, HOST);
    } finally {
      await options.close();
    }
    await readerShows(true);
  } finally {
    await expectOk(callBackground(driver, 'site/remove', { host: HOST }));
    await page.close();
  }
}
