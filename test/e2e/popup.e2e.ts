/**
 * The popup in real Chromium: the scenario through the shared driver, then screenshots at the popup's two sizes
 * in light and dark (those need Playwright's media emulation, which the driver interface does not offer).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver } from './driver';
import { launchChromium } from './drivers/chromium';
import type { ScenarioContext } from './scenarios/context';
import { POPUP_ARTICLE, popupShowsCutsAndSwitches, popupStates } from './scenarios/popup';
import { takePopupScreens } from './popup-screens';
import { startStaticServer } from './support/static-server';
import type { StaticServer } from './support/static-server';

const ROOT = resolve(import.meta.dirname, '../..');
const resultsDir = resolve(ROOT, 'test-results');
const extensionDir = resolve(ROOT, 'dist/chrome-e2e');

describe('Pith popup in Chromium', () => {
  let driver: BrowserDriver;
  let server: StaticServer;
  let ctx: ScenarioContext;

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    server = await startStaticServer();
    driver = await launchChromium({ extensionDir });
    ctx = { driver, server, resultsDir };
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('shows both sides and the cuts; a rule switch and "Keep this" change the text; copy works', async () => {
    const renderMs = await popupShowsCutsAndSwitches(ctx);
    console.log(`popup: first paint of clean text ${renderMs} ms after script start`);
  });

  it('not an article, restricted page and error states each say what to do', async () => {
    await popupStates(ctx);
  });

  it('screenshots at 800×600 and 400×600, light and dark; linked scrolling; tabs survive a resize', async () => {
    const report = await takePopupScreens({ extensionDir, server, resultsDir, articlePath: POPUP_ARTICLE });
    expect(report.shots.length).toBeGreaterThanOrEqual(11);
    expect(report.followedScroll).toBeGreaterThan(0);
    expect(report.tabAfterResize).toBe('compare');
    expect(report.focusedByTab).toBe('Keep this');
    console.log('popup timings (ms, first open of this tab):', JSON.stringify(report.timings));
  });
});
