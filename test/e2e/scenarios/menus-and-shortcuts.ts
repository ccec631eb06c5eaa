/**
 * Context menu items and keyboard commands, fired through the very functions their listeners call
 * (`onMenuClicked`, `onCommand` in the background): headless browsers cannot open a context menu or press a
 * browser-level shortcut.
 */
import { expect } from 'vitest';
import { ARTICLE_PATH, engineResult, expectOk, waitForReader } from './context';
import type { ScenarioContext } from './context';

function toastText(): string {
  return document.querySelector('pith-toast')?.shadowRoot?.textContent ?? '';
}

export async function menusAndShortcutsMatchPopup({ driver, server }: ScenarioContext) {
  const page = await driver.openPage(server.url(ARTICLE_PATH));
  try {
    const tabId = await page.tabId();
    const expected = engineResult(ARTICLE_PATH, page.url);

    await page.bringToFront();
    await expectOk(driver.background({ kind: 'menu', menuItemId: 'pith-copy-text', tabId }));
    // The toast lives 2.6 s: read it before the clipboard, which can take longer than that on a loaded machine.
    await page.waitFor(() => document.querySelector('pith-toast') !== null, null);
    expect(await page.evaluate(toastText, null)).toContain('Copied clean text');
    expect(await driver.readClipboard()).toBe(expected.text);

    await page.bringToFront();
    await expectOk(driver.background({ kind: 'menu', menuItemId: 'pith-copy-markdown', tabId }));
    expect(await driver.readClipboard()).toBe(`# ${expected.title}\n\n${expected.markdown}`);

    await page.evaluate(() => navigator.clipboard.writeText('something else'), null).catch(() => undefined);
    await page.bringToFront();
    await expectOk(driver.background({ kind: 'command', command: 'copy-text', tabId }));
    expect(await driver.readClipboard()).toBe(expected.text);

    await expectOk(driver.background({ kind: 'command', command: 'open-reader', tabId }));
    await waitForReader(driver, tabId);
    // The shortcut toggles: pressed again, it closes the reader.
    await expectOk(driver.background({ kind: 'command', command: 'open-reader', tabId }));
    await waitForReader(driver, tabId, false);

    await expectOk(driver.background({ kind: 'menu', menuItemId: 'pith-open-reader', tabId }));
    await waitForReader(driver, tabId);
  } finally {
    await page.close();
  }
}
