/**
 * An open reader follows the site's rules: when the settings change (the element picker saved a rule, a pack or
 * a reason was switched in the options page or the popup), the reader cleans the page again with them, so what
 * it shows is what Pith would show now. A change that leaves this page's clean as it was (reader prefs, another
 * site's rules) costs one settings read and no engine run.
 */
import browser from 'webextension-polyfill';
import { globalRulesOf, hostKey } from '../shared/clean-options';
import { sendToBackground } from '../shared/send';
import { isSettingsChange, siteOrDefault } from '../shared/storage';
import type { ArticleOf } from './core-bridge';
import { memoryHere, openReaderHere } from './reader-open';
import { openReaderKey, readerKey } from './reader-bridge';
import { showToast } from './toast';

/** A re-clean still running: a burst of changes ends with one more re-clean, on the settings as they are then. */
let pending: Promise<void> | null = null;
let again = false;

async function recleanIfChanged(articleOf: ArticleOf): Promise<void> {
  const open = openReaderKey();
  if (open === null) return;
  const loaded = await sendToBackground('settings/get', {});
  if (!loaded.ok) return;
  const site = siteOrDefault(loaded.value, hostKey(location.href));
  const global = globalRulesOf(loaded.value);
  // The reader may have closed while the settings were read; then there is nothing to follow.
  if (openReaderKey() === null || readerKey(site, global) === open) return;
  const opened = openReaderHere(articleOf, site, loaded.value.reader, global, await memoryHere(), true);
  if (!opened.ok) showToast(opened.error.message, 'error');
}

/** Opens the reader with the settings as stored now (after the element picker, which puts the reader aside). */
export async function openReaderWithStoredSettings(articleOf: ArticleOf): Promise<void> {
  const loaded = await sendToBackground('settings/get', {});
  if (!loaded.ok) return showToast(loaded.error.message, 'error');
  const site = siteOrDefault(loaded.value, hostKey(location.href));
  const memory = await memoryHere();
  const opened = openReaderHere(
    articleOf,
    site,
    loaded.value.reader,
    globalRulesOf(loaded.value),
    memory,
    true,
  );
  if (!opened.ok) showToast(opened.error.message, 'error');
}

export function followSettings(articleOf: ArticleOf): void {
  browser.storage.onChanged.addListener((changes) => {
    if (!isSettingsChange(changes) || openReaderKey() === null) return;
    if (pending) {
      again = true;
      return;
    }
    pending = recleanIfChanged(articleOf).finally(() => {
      pending = null;
      if (again) {
        again = false;
        void recleanIfChanged(articleOf);
      }
    });
  });
}
