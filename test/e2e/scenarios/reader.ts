/** The reader view opens on the article, changes theme, remembers it, and closing restores the page exactly. */
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ReaderPrefs, ReaderTheme } from '../../../extension/shared/storage';
import { callBackground } from '../driver';
import { ARTICLE_PATH, clickInReader, expectOk, readerState, waitForReader } from './context';
import type { ScenarioContext } from './context';

export async function readerOpensThemesAndRestores(
  { driver, server, resultsDir }: ScenarioContext,
  path = ARTICLE_PATH,
) {
  const page = await driver.openPage(server.url(path));
  try {
    const tabId = await page.tabId();
    // Make sure the content script is there before taking the "before" snapshot.
    await expectOk(callBackground(driver, 'page/report', { tabId }));
    await page.evaluate(() => window.scrollTo(0, 420), null);
    const before = await page.evaluate(
      () => ({ html: document.documentElement.outerHTML, y: window.scrollY }),
      null,
    );
    expect(before.y).toBe(420);

    await expectOk(callBackground(driver, 'reader/open', { tabId }));
    const opened = await waitForReader(driver, tabId);
    // The page cannot reach inside, and the prefs are not on the host for it to read.
    expect(opened.shadowReachable).toBe(false);
    expect(opened.visible).toBe(true);
    const text = opened.text;
    if (path === ARTICLE_PATH) {
      expect(text).toContain('black-crowned night herons have nested along the lower river');
      expect(text).not.toContain('Related stories');
      expect(text).not.toContain('Comments (3)');
      expect(text).not.toContain('Share on Facebook');
    }

    const shots: string[] = [];
    for (const theme of ['light', 'sepia', 'dark'] as ReaderTheme[]) {
      await clickInReader(driver, page, tabId, `button[data-theme="${theme}"]`);
      await expect.poll(async () => (await readerState(driver, tabId)).theme).toBe(theme);
      const shot = join(resultsDir, `reader-${driver.name}-${theme}.png`);
      await page.screenshot(shot);
      shots.push(shot);
    }
    // The last choice (dark) is stored through the background.
    await expect
      .poll(
        async () =>
          ((await callBackground(driver, 'reader-prefs/get', {})) as { value?: ReaderPrefs }).value?.theme,
      )
      .toBe('dark');

    await clickInReader(driver, page, tabId, 'button.close');
    await waitForReader(driver, tabId, false);
    const after = await page.evaluate(
      () => ({ html: document.documentElement.outerHTML, y: window.scrollY }),
      null,
    );
    expect(after.html).toBe(before.html);
    expect(after.y).toBe(before.y);
    return shots;
  } finally {
    await page.close();
  }
}
