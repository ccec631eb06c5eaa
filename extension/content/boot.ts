/**
 * Starts the content script once per page. Both entries (`on-demand.ts`, auto-clean `auto.ts`) share the
 * extension's isolated world, so a flag on `globalThis` makes a second injection a no-op. The flag is a symbol:
 * a string name would be shadowed by the page's `<img id=…>` (window named properties reach isolated worlds too).
 */
import browser from 'webextension-polyfill';
import { dispatch } from '../shared/messages';
import { globalRulesOf, hostKey } from '../shared/clean-options';
import { browserSettingsArea } from '../shared/browser-settings-area';
import { SettingsStore, siteOrDefault } from '../shared/storage';
import { memoryHere, openReaderHere } from './article';
import { contentHandlers } from './handlers';
import { followSettings } from './reader-follow';
import { showToast } from './toast';

const FLAG = Symbol.for('pith.contentScript');

export function boot(mode: 'on-demand' | 'auto-clean'): void {
  const scope = globalThis as typeof globalThis & { [FLAG]?: boolean };
  if (scope[FLAG]) return;
  scope[FLAG] = true;
  browser.runtime.onMessage.addListener((message: unknown) => dispatch(contentHandlers, message, undefined));
  followSettings();
  if (mode === 'auto-clean') void autoOpen();
}

/** Auto-clean hosts: open the reader as soon as the page is loaded, if the setting is still on. */
async function autoOpen(): Promise<void> {
  const store = new SettingsStore(browserSettingsArea());
  const loaded = await store.load();
  if (!loaded.ok) return;
  const site = siteOrDefault(loaded.value, hostKey(location.href));
  if (site.autoClean !== true) return;
  // The site memory's template comes from the background, which keeps the memory.
  const opened = openReaderHere(site, loaded.value.reader, globalRulesOf(loaded.value), await memoryHere());
  if (!opened.ok && opened.error.code !== 'not-an-article') showToast(opened.error.message, 'error');
}
