/** The context menu's "Toggle auto-clean on this site". */
import browser from 'webextension-polyfill';
import type { Tabs } from 'webextension-polyfill';
import { hostKey, originPatterns } from '../shared/clean-options';
import { fail } from '../shared/messages';
import type { Result } from '../shared/messages';
import { restrictedMessage, restrictedReason } from '../shared/restricted';
import { siteOrDefault } from '../shared/storage';
import type { SiteSettings } from '../shared/storage';
import { store } from './store';

export async function toggleAutoClean(tab: Tabs.Tab): Promise<Result<SiteSettings>> {
  const reason = restrictedReason(tab.url, true);
  if (reason) return fail('restricted-page', restrictedMessage(reason));
  const host = hostKey(tab.url ?? '');
  // Decide from the cache, synchronously: Firefox honours permissions.request only as the click's first await.
  const cached = store.peek();
  const isOn = cached ? siteOrDefault(cached, host).autoClean === true : false;
  if (isOn) return store.updateSite(host, { autoClean: false });
  const granted = await browser.permissions.request({ origins: originPatterns(host) }).catch(() => false);
  if (!granted) {
    return fail('permission-needed', `Auto-clean needs access to ${host}, and the browser did not grant it.`);
  }
  return store.updateSite(host, { autoClean: true });
}
