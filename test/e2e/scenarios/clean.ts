/** The content script cleans the live page exactly as the engine does in Node, and leaves the page alone. */
import { expect } from 'vitest';
import type { PageReport } from '../../../extension/shared/messages';
import { flattenRows } from '../../../extension/content/compare-rows';
import { callBackground } from '../driver';
import { ARTICLE_PATH, engineResult, expectOk, waitForReader } from './context';
import type { ScenarioContext } from './context';

export async function contentScriptMatchesEngine({ driver, server }: ScenarioContext, path = ARTICLE_PATH) {
  const page = await driver.openPage(server.url(path));
  try {
    const before = await page.evaluate(() => document.documentElement.outerHTML, null);
    const tabId = await page.tabId();
    const report = await expectOk<PageReport>(callBackground(driver, 'page/report', { tabId }));
    const expected = engineResult(path, page.url);
    expect(report.result.text.length).toBeGreaterThan(200);
    expect(report.result.text).toBe(expected.text);
    expect(report.result.title).toBe(expected.title);
    // The comparison built in the live page: its kept rows spell the clean text, every record drawn once.
    const flat = flattenRows(report.comparison.rows);
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    expect(squeeze(flat.flatMap((r) => (r.kind === 'kept' ? [r.text] : [])).join(''))).toBe(
      squeeze(report.result.text),
    );
    const records = [
      ...flat.flatMap((r) => (r.kind === 'cut' ? [r.record] : [])),
      ...report.comparison.emptyCuts,
      ...report.comparison.unplaced,
    ].sort((a, b) => a - b);
    expect(records).toEqual(report.result.removed.map((_, i) => i));
    // The engine clones: the live page is untouched.
    expect(await page.evaluate(() => document.documentElement.outerHTML, null)).toBe(before);
    return report;
  } finally {
    await page.close();
  }
}

/** Injecting the content script's two files twice leaves one listener: one reader opens, not two. */
export async function injectingTwiceIsHarmless({ driver, server }: ScenarioContext) {
  const page = await driver.openPage(server.url(ARTICLE_PATH));
  try {
    const tabId = await page.tabId();
    for (const file of ['extension/content/on-demand.js', 'extension/content/extras.js']) {
      await driver.background({ kind: 'inject', tabId, file });
      await driver.background({ kind: 'inject', tabId, file });
    }
    await expectOk(callBackground(driver, 'reader/open', { tabId }));
    await waitForReader(driver, tabId);
    // One reader: no second host under <html> beside the one the probe found.
    expect(
      await page.evaluate(
        () => document.documentElement.childElementCount - (document.head ? 1 : 0) - (document.body ? 1 : 0),
        null,
      ),
    ).toBe(1);
    const report = await expectOk<PageReport>(callBackground(driver, 'page/report', { tabId }));
    expect(report.result.text.length).toBeGreaterThan(200);
  } finally {
    await page.close();
  }
}
