/** The extension in real Chromium: the shared scenario list through the Playwright driver, then popup screenshots. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, INSTALL } from '../support/browsers';
import { launchChromium } from './drivers/chromium';
import { takePopupScreens } from './popup-screens';
import { POPUP_ARTICLE } from './scenarios/popup';
import { describeScenarios, RESULTS_DIR, ROOT } from './support/describe-scenarios';

const extensionDir = resolve(ROOT, 'dist/chrome-e2e');

// PITH_CHROMIUM, then the usual Linux and macOS places (test/support/browsers.ts); none: skipped, saying how to install.
const chromiumPath = findChromium();
if (!chromiumPath) {
  describe.skip(`Pith in Chromium (skipped: no Chromium found; ${INSTALL.chromium})`, () => {
    it('needs Chromium', () => {});
  });
} else
  describeScenarios({
    title: 'Pith in Chromium',
    browser: 'chromium',
    launch: () => launchChromium({ extensionDir, executablePath: chromiumPath }),
    extra: (context) => {
      // Needs Playwright's viewport and colour-scheme emulation, which the driver interface does not offer.
      it('popup screenshots at 800×600 and 400×600, light and dark; linked scrolling; tabs survive a resize', async () => {
        const report = await takePopupScreens({
          extensionDir,
          server: context().server,
          resultsDir: RESULTS_DIR,
          articlePath: POPUP_ARTICLE,
        });
        expect(report.shots.length).toBeGreaterThanOrEqual(11);
        expect(report.followedScroll).toBeGreaterThan(0);
        expect(report.tabAfterResize).toBe('compare');
        expect(report.focusedByTab).toBe('Keep this');
        console.log('popup timings (ms, first open of this tab):', JSON.stringify(report.timings));
      });
    },
  });
