/** Per-site settings from the popup survive a reload and a browser restart; auto-clean opens the reader by itself. */
import { expect } from 'vitest';
import type { SettingsLocation } from '../../../extension/shared/settings-area';
import type { SiteSettings } from '../../../extension/shared/storage';
import { callBackground } from '../driver';
import { ARTICLE_PATH, expectOk, waitForReader } from './context';
import type { ScenarioContext } from './context';

const HOST = '127.0.0.1';

async function popupFor(ctx: ScenarioContext, tabId: number) {
  const popup = await ctx.driver.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
  await popup.waitFor(() => (document.getElementById('host')?.textContent ?? '') !== '', null);
  return popup;
}

export async function siteSettingsPersist(ctx: ScenarioContext) {
  const { driver, server } = ctx;
  let page = await driver.openPage(server.url(ARTICLE_PATH));
  let tabId = await page.tabId();

  // "Clean this site" off, through the popup's real checkbox.
  let popup = await popupFor(ctx, tabId);
  expect(
    await popup.evaluate(() => (document.getElementById('clean-site') as HTMLInputElement).checked, null),
  ).toBe(true);
  await popup.click('#clean-site');
  await popup.waitFor(
    () => /Pith is off on/.test(document.getElementById('status')?.textContent ?? ''),
    null,
  );
  await popup.close();
  expect(await expectOk<SiteSettings>(callBackground(driver, 'site/get', { host: HOST }))).toMatchObject({
    builtinRules: false,
  });

  // After a reload the popup reads it back.
  await page.reload();
  popup = await popupFor(ctx, tabId);
  expect(
    await popup.evaluate(() => (document.getElementById('clean-site') as HTMLInputElement).checked, null),
  ).toBe(false);

  // Auto-clean on: the permission is already granted to the test build, so the request resolves at once.
  await popup.click('#auto-clean');
  await popup.waitFor(
    () => /opens by itself/.test(document.getElementById('status')?.textContent ?? ''),
    null,
  );
  await popup.close();
  await expect.poll(() => driver.background({ kind: 'auto-clean-matches' })).toContain(`*://${HOST}/*`);
  await page.reload();
  await waitForReader(driver, tabId);
  await page.close();

  // Restart the browser on the same profile: settings and the auto-clean registration come back.
  await driver.restart();
  expect(await expectOk<SiteSettings>(callBackground(driver, 'site/get', { host: HOST }))).toMatchObject({
    builtinRules: false,
    autoClean: true,
  });
  // Read back from storage.sync (split to fit its quotas), not from the local fallback.
  expect(await expectOk<SettingsLocation>(callBackground(driver, 'settings/location', {}))).toMatchObject({
    area: 'sync',
  });
  await expect.poll(() => driver.background({ kind: 'auto-clean-matches' })).toContain(`*://${HOST}/*`);
  page = await driver.openPage(server.url(ARTICLE_PATH));
  tabId = await page.tabId();
  await waitForReader(driver, tabId);

  // Back to defaults so later scenarios start clean.
  await expectOk(
    callBackground(driver, 'site/update', {
      host: HOST,
      patch: { builtinRules: undefined, autoClean: undefined },
    }),
  );
  await expect.poll(() => driver.background({ kind: 'auto-clean-matches' })).toEqual([]);
  expect(tabId).toBeGreaterThan(0);
  await page.close();
}
