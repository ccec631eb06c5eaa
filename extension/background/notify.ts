/**
 * Telling the user how a menu click or shortcut went. The page's toast when the page can show it; otherwise
 * (restricted pages) a "!" badge on the toolbar button whose tooltip carries the message.
 */
import browser from 'webextension-polyfill';
import type { Result } from '../shared/messages';
import { sendToTab } from '../shared/send';

export async function notify(
  tabId: number | undefined,
  result: Result<unknown>,
  success?: string,
): Promise<void> {
  if (tabId === undefined) return;
  if (result.ok) {
    await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    if (success) await sendToTab(tabId, 'content/toast', { message: success, kind: 'ok' });
    return;
  }
  const shown =
    result.error.code !== 'restricted-page' &&
    (await sendToTab(tabId, 'content/toast', { message: result.error.message, kind: 'error' })).ok;
  if (shown) return;
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#a4262c' }).catch(() => undefined);
  await browser.action.setBadgeText({ tabId, text: '!' }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title: `Pith: ${result.error.message}` }).catch(() => undefined);
}
