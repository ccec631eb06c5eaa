/** The extension in real Chromium: each test is one scenario from `scenarios/`, run through the Playwright driver. */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver } from './driver';
import { launchChromium } from './drivers/chromium';
import { contentScriptMatchesEngine, injectingTwiceIsHarmless } from './scenarios/clean';
import type { ScenarioContext } from './scenarios/context';
import { popupCopies } from './scenarios/copy';
import { optionsPageWorks } from './scenarios/options';
import { menusAndShortcutsMatchPopup } from './scenarios/menus-and-shortcuts';
import { readerOpensThemesAndRestores } from './scenarios/reader';
import { restrictedPageIsRefused } from './scenarios/restricted';
import { siteSettingsPersist } from './scenarios/site-settings';
import { startStaticServer } from './support/static-server';
import type { StaticServer } from './support/static-server';

const ROOT = resolve(import.meta.dirname, '../..');
const resultsDir = resolve(ROOT, 'test-results');
const WIRE_FIXTURE = '/fixtures/wire--syndicated-river-talks.html';

describe('Pith in Chromium', () => {
  let driver: BrowserDriver;
  let server: StaticServer;
  let ctx: ScenarioContext;

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    server = await startStaticServer();
    driver = await launchChromium({ extensionDir: resolve(ROOT, 'dist/chrome-e2e') });
    ctx = { driver, server, resultsDir };
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('content script result equals the engine on the same HTML', async () => {
    await contentScriptMatchesEngine(ctx);
  });

  it.skipIf(!existsSync(resolve(ROOT, 'test/fixtures/pages', WIRE_FIXTURE.split('/').pop() ?? '')))(
    'content script result equals the engine on a fixture page',
    async () => {
      await contentScriptMatchesEngine(ctx, WIRE_FIXTURE);
    },
  );

  it('injecting the content script twice is harmless', async () => {
    await injectingTwiceIsHarmless(ctx);
  });

  it('reader view opens without clutter, switches theme, and closing restores DOM and scroll', async () => {
    const shots = await readerOpensThemesAndRestores(ctx);
    expect(shots).toHaveLength(3);
  });

  it('popup copies plain text, Markdown, and title + link', async () => {
    await popupCopies(ctx);
  });

  it('context menu and shortcut handlers give the same results', async () => {
    await menusAndShortcutsMatchPopup(ctx);
  });

  it('a per-site setting survives reload and restart; auto-clean opens the reader', async () => {
    await siteSettingsPersist(ctx);
  });

  it('options page: rule errors, a foreign import file refused, per-site delete', async () => {
    await optionsPageWorks(ctx);
  });

  it('a chrome:// page gives the restricted-page error', async () => {
    await restrictedPageIsRefused(ctx);
  });
});
