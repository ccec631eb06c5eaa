/**
 * The extension in real Firefox ESR: the same scenarios as chromium.e2e.ts, run through the puppeteer/BiDi driver
 * on the `--mode firefox-e2e` build (host access to 127.0.0.1 plus the driver's door page, see drivers/firefox.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver } from './driver';
import { launchFirefox } from './drivers/firefox';
import { contentScriptMatchesEngine, injectingTwiceIsHarmless } from './scenarios/clean';
import type { ScenarioContext } from './scenarios/context';
import { popupCopies } from './scenarios/copy';
import { menusAndShortcutsMatchPopup } from './scenarios/menus-and-shortcuts';
import { optionsPageWorks } from './scenarios/options';
import { popupShowsCutsAndSwitches, popupStates } from './scenarios/popup';
import { readerOpensThemesAndRestores } from './scenarios/reader';
import { restrictedPageIsRefused } from './scenarios/restricted';
import { siteSettingsPersist } from './scenarios/site-settings';
import { startStaticServer } from './support/static-server';
import type { StaticServer } from './support/static-server';

const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX = process.env.PITH_FIREFOX ?? '/usr/bin/firefox-esr';
const resultsDir = resolve(ROOT, 'test-results');
const WIRE_FIXTURE = '/fixtures/wire--syndicated-river-talks.html';

// Without Firefox the suite is skipped and says why in its name (CI installs firefox-esr).
const missing = !existsSync(FIREFOX);
const title = missing
  ? `Pith in Firefox ESR (skipped: no ${FIREFOX}; apt-get install -y firefox-esr or set PITH_FIREFOX)`
  : 'Pith in Firefox ESR';

describe.skipIf(missing)(title, () => {
  let driver: BrowserDriver;
  let server: StaticServer;
  let ctx: ScenarioContext;

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    await build({ root: ROOT, mode: 'firefox-e2e', logLevel: 'warn' });
    server = await startStaticServer();
    driver = await launchFirefox({
      extensionDir: resolve(ROOT, 'dist/firefox-e2e'),
      doorOrigin: server.origin,
      executablePath: FIREFOX,
    });
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

  it('popup page view: both sides and the cuts; a rule switch and "Keep this" change the text; copy works', async () => {
    await popupShowsCutsAndSwitches(ctx);
  });

  // WebDriver may not open about: pages other than about:blank in Firefox; it is a browser page all the same.
  it('popup states: not an article, a browser page, a closed tab each say what to do', async () => {
    await popupStates(ctx, 'about:blank');
  });

  it('the manifest commands get shortcuts in Firefox', async () => {
    const shortcuts = (await driver.background({ kind: 'shortcuts' })) as Record<string, string>;
    expect(shortcuts['open-reader']).toMatch(/\+/);
    expect(shortcuts['copy-text']).toMatch(/\+/);
  });

  // Pressing them is not possible here: headless Firefox does not route WebDriver key events to browser-level
  // shortcuts (tried Alt+Shift+R and Ctrl+Shift+Y: no command fired). The handlers themselves run in the
  // "context menu and shortcut handlers" test above, through the function the commands listener calls.
  it.skip('pressing the keyboard shortcuts (skipped: headless Firefox does not fire commands from WebDriver keys)', () => {});

  it('a per-site setting survives reload and restart; auto-clean opens the reader', async () => {
    await siteSettingsPersist(ctx);
  });

  it('options page: rule errors, a foreign import file refused, per-site delete', async () => {
    await optionsPageWorks(ctx);
  });

  it('an about:blank page gives the restricted-page error', async () => {
    await restrictedPageIsRefused(ctx, 'about:blank');
  });
});
