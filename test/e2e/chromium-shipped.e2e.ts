/**
 * The shipped build (dist/chrome, no host access at all) in Chromium: it loads, and without the user's click it
 * says so clearly instead of failing obscurely. The feature scenarios run on the e2e build (chromium.e2e.ts).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callBackground } from './driver';
import type { BrowserDriver } from './driver';
import { launchChromium } from './drivers/chromium';
import { restrictedPageIsRefused } from './scenarios/restricted';
import { startStaticServer } from './support/static-server';
import type { StaticServer } from './support/static-server';

const ROOT = resolve(import.meta.dirname, '../..');

describe('Pith as shipped (dist/chrome)', () => {
  let driver: BrowserDriver;
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer();
    driver = await launchChromium({ extensionDir: resolve(ROOT, 'dist/chrome') });
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('refuses a tab it has no access to, and says why', async () => {
    const page = await driver.openPage(server.url('/e2e/article.html'));
    const reply = await callBackground(driver, 'reader/open', { tabId: await page.tabId() });
    // Every way a user reaches Pith (toolbar, menu, shortcut) grants activeTab; a tab that still refuses is one the
    // browser keeps from extensions (about:blank after a click fails the same way), and the reply says so.
    expect(reply).toMatchObject({ ok: false, error: { code: 'restricted-page' } });
    if (!reply.ok) expect(reply.error.message).toMatch(/gives extensions no access/);
    // No reader host beside <head> and <body>.
    expect(await page.evaluate(() => document.documentElement.children.length, null)).toBe(2);
    await page.close();
  });

  it('refuses a chrome:// page', async () => {
    await restrictedPageIsRefused({ driver, server, resultsDir: '' });
  });

  it('turning on auto-clean without host access is refused with permission-needed', async () => {
    const reply = await callBackground(driver, 'site/update', {
      host: '127.0.0.1',
      patch: { autoClean: true },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'permission-needed' } });
  });
});
