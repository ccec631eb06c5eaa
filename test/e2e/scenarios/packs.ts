/**
 * A built-in pack switched off in the options page (its real switch) stops its rules on the page, and the popup
 * offers no switch for them; switched on again, they cut again.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import type { PageReport } from '../../../extension/shared/messages';
import type { StoredSettings } from '../../../extension/shared/storage';
import { callBackground } from '../driver';
import { ARTICLE_PATH, expectOk } from './context';
import type { ScenarioContext } from './context';

const shareCuts = (report: PageReport): string[] =>
  report.result.removed.filter((r) => r.ruleId.startsWith('share:')).map((r) => r.text);
const shareSwitches = (report: PageReport): string[] =>
  report.reasons.flatMap((g) => g.ruleIds).filter((id) => id.startsWith('share:'));

export async function packSwitchStopsItsRules({ driver, server, resultsDir }: ScenarioContext) {
  const page = await driver.openPage(server.url(ARTICLE_PATH));
  const tabId = await page.tabId();
  const report = () => expectOk<PageReport>(callBackground(driver, 'page/report', { tabId }));
  const packsOff = async () =>
    (await expectOk<StoredSettings>(callBackground(driver, 'settings/get', {}))).disabledPacks ?? [];
  const options = await driver.openExtensionPage('extension/options/index.html');
  const shareSwitch = 'tr[data-pack="share"] input[type="checkbox"]';
  try {
    // With every pack on, the share pack cuts the share bar.
    expect(shareCuts(await report())).toEqual(['Share on Facebook · Share on X · Email this story']);

    await options.waitFor((sel) => document.querySelector(sel) !== null, shareSwitch);
    await options.click(shareSwitch);
    await expect.poll(packsOff, { timeout: 5000 }).toEqual(['share']);
    await options.waitFor(
      () => document.querySelector('tr[data-pack="share"]')?.classList.contains('pack-off') ?? false,
      null,
    );
    await options.evaluate(
      () => document.getElementById('packs')?.closest('section')?.scrollIntoView(),
      null,
    );
    await options.screenshot(join(resultsDir, `options-packs-${driver.name}.png`));

    // Off: no share rule cuts, and no switch for one in the report or in the popup's rules list.
    const off = await report();
    expect(shareCuts(off)).toEqual([]);
    expect(shareSwitches(off)).toEqual([]);
    const popup = await driver.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
    try {
      await popup.waitFor(() => document.querySelector('#rules li.rule') !== null, null);
      expect(
        await popup.evaluate(() => document.querySelectorAll('#rules code[title^="share:"]').length, null),
      ).toBe(0);
    } finally {
      await popup.close();
    }

    // On again: the pack cuts again. The popup had the front; the options page takes it back before the click (a
    // click is a mouse event at the switch's place, which Firefox gives to the tab in front), and the switch is
    // drawn off before it is clicked on.
    await options.bringToFront();
    await options.waitFor(
      (sel) => !(document.querySelector(sel) as HTMLInputElement | null)?.checked,
      shareSwitch,
    );
    await options.click(shareSwitch);
    await expect.poll(packsOff, { timeout: 5000 }).toEqual([]);
    expect(shareCuts(await report())).toHaveLength(1);
  } finally {
    await expectOk(callBackground(driver, 'settings/pack', { pack: 'share', on: true }));
    await options.close();
    await page.close();
  }
}
