/** Browser pages give the `restricted-page` error, in the background's reply and in the popup's status line. */
import { expect } from 'vitest';
import { callBackground } from '../driver';
import type { ScenarioContext } from './context';

export async function restrictedPageIsRefused({ driver }: ScenarioContext, url = 'chrome://version/') {
  const page = await driver.openPage(url);
  try {
    const tabId = await page.tabId();
    const reply = await callBackground(driver, 'reader/open', { tabId });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('restricted-page');
    expect(reply.error.message).toMatch(/^Pith can't read this page: .+\. Try it on an article page\.$/);

    const popup = await driver.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
    // One message per state: the notice says it, the status line stays empty.
    await popup.waitFor(() => (document.getElementById('notice')?.textContent ?? '') !== '', null);
    expect(await popup.evaluate(() => document.getElementById('notice')?.textContent ?? '', null)).toMatch(
      /Pith can't read this page/,
    );
    expect(await popup.evaluate(() => document.getElementById('status')?.textContent ?? '', null)).toBe('');
    await popup.close();
  } finally {
    await page.close();
  }
}
