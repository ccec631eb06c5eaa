/**
 * Real keyboard shortcuts on the shipped build (dist/chrome), in headed Chromium on a private Xvfb display: the
 * shortcut itself grants activeTab, so no test-only host access is involved. Skipped when Xvfb/xdotool are missing
 * (`apt-get install -y xvfb xdotool`).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver } from './driver';
import { launchChromium } from './drivers/chromium';
import { ARTICLE_PATH, engineResult, readerIsClosed, readerIsOpen } from './scenarios/context';
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

  it('Alt+Shift+R opens the reader and Alt+Shift+C copies the clean text', async () => {
    const page = await driver.openPage(server.url(ARTICLE_PATH));
    await page.bringToFront();
    xvfb.key('alt+shift+r');
    await page.waitFor(readerIsOpen, null, 15000);
    await page.evaluate(
      () =>
        document
          .querySelector('pith-reader')
          ?.shadowRoot?.querySelector<HTMLElement>('button.close')
          ?.click(),
      null,
    );
    await page.waitFor(readerIsClosed, null);

    xvfb.key('alt+shift+c');
    await page.waitFor(
      () => /Copied clean text/.test(document.querySelector('pith-toast')?.shadowRoot?.textContent ?? ''),
      null,
      15000,
    );
    expect(await driver.readClipboard()).toBe(engineResult(ARTICLE_PATH, page.url).text);
    await page.close();
  });
});
