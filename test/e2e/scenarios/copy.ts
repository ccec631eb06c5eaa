/** Copy from the popup: plain text, Markdown, and title + link, checked by reading the clipboard back. */
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CopyFormat } from '../../../extension/shared/messages';
import type { PageHandle } from '../driver';
import { ARTICLE_PATH, engineResult } from './context';
import type { ScenarioContext } from './context';

const BUTTONS: Record<CopyFormat, string> = {
  text: '#copy-text',
  markdown: '#copy-markdown',
  'with-link': '#copy-with-link',
};

async function statusLine(popup: PageHandle): Promise<string> {
  await popup.waitFor(() => (document.getElementById('status')?.textContent ?? '') !== '', null);
  return popup.evaluate(() => document.getElementById('status')?.textContent ?? '', null);
}

export async function popupCopies({ driver, server, resultsDir }: ScenarioContext) {
  const page = await driver.openPage(server.url(ARTICLE_PATH));
  const tabId = await page.tabId();
  const expected = engineResult(ARTICLE_PATH, page.url);
  const popup = await driver.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
  try {
    await popup.waitFor(() => (document.getElementById('host')?.textContent ?? '') !== '', null);
    // Spelled out here, not through formatCopy, so a bug there cannot hide from this test.
    const wanted: Record<CopyFormat, string> = {
      text: expected.text,
      markdown: `# ${expected.title}\n\n${expected.markdown}`,
      'with-link': `${expected.title}\n${page.url}\n\n${expected.text}`,
    };
    // Our page has a heading, a link and emphasis, so the Markdown differs from the text.
    expect(wanted.markdown).not.toBe(wanted.text);
    for (const format of ['text', 'markdown', 'with-link'] as CopyFormat[]) {
      await popup.evaluate(() => document.getElementById('clear-status')?.click(), null);
      await popup.click(BUTTONS[format]);
      const status = await statusLine(popup);
      expect(status).toMatch(/^Copied /);
      const clip = await driver.readClipboard();
      expect(clip).toBe(wanted[format]);
    }
    await popup.screenshot(join(resultsDir, `popup-${driver.name}.png`));
  } finally {
    await popup.close();
    await page.close();
  }
}
