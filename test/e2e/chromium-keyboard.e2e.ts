/**
 * Real keyboard shortcuts (as Chromium assigned them) on the shipped build (dist/chrome), in headed Chromium on a private Xvfb display: the
 * shortcut itself grants activeTab, so no test-only host access is involved. Skipped when Xvfb/xdotool are missing
 * (`apt-get install -y xvfb xdotool`).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver } from './driver';
import { launchChromium } from './drivers/chromium';
import { ARTICLE_PATH, closeReader, engineResult, waitForReader } from './scenarios/context';
import { startStaticServer } from './support/static-server';
import type { StaticServer } from './support/static-server';
import { hasXvfb, startXvfb } from './support/xvfb';
import type { Xvfb } from './support/xvfb';

const ROOT = resolve(import.meta.dirname, '../..');

describe.skipIf(!hasXvfb())('keyboard shortcuts in headed Chromium (Xvfb)', () => {
  let xvfb: Xvfb;
  let driver: BrowserDriver;
  let server: StaticServer;

  beforeAll(async () => {
    xvfb = await startXvfb();
    server = await startStaticServer();
    driver = await launchChromium({
      extensionDir: resolve(ROOT, 'dist/chrome'),
      headless: false,
      display: xvfb.display,
    });
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
    xvfb?.stop();
  });

  it('the open-reader shortcut opens the reader and the copy-text shortcut copies the clean text', async () => {
    const shortcuts = (await driver.background({ kind: 'shortcuts' })) as Record<string, string>;
    // Chromium on Linux assigns the manifest's `linux` keys (see manifest.config.ts); press what it assigned.
    expect(shortcuts['open-reader']).not.toBe('');
    expect(shortcuts['copy-text']).not.toBe('');
    const chord = (shortcut = '') => shortcut.toLowerCase();
    const page = await driver.openPage(server.url(ARTICLE_PATH));
    await page.bringToFront();
    xvfb.key(chord(shortcuts['open-reader']));
    const tabId = await page.tabId();
    await waitForReader(driver, tabId, true, 15000);
    await closeReader(driver, page, tabId);

    xvfb.key(chord(shortcuts['copy-text']));
    await page.waitFor(
      () => /Copied clean text/.test(document.querySelector('pith-toast')?.shadowRoot?.textContent ?? ''),
      null,
      15000,
    );
    expect(await driver.readClipboard()).toBe(engineResult(ARTICLE_PATH, page.url).text);
    await page.close();
  });
});
