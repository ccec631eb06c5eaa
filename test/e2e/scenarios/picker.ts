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
import { ARTICLE_PATH, expectOk } from './context';
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
  } finally {
    await expectOk(callBackground(driver, 'site/remove', { host: HOST }));
    await page.close();
  }
}
