/** Opens and closes the reader view overlay for this page; remembers the open one so a second open updates it. */
import browser from 'webextension-polyfill';
import type { CleanResult } from '../../src/types';
import { openReader } from '../reader/index';
import type { ReaderHandle } from '../reader/index';
import { copyConfirmation, formatCopy } from '../shared/copy-format';
import { sendToBackground } from '../shared/send';
import { isSettingsChange } from '../shared/storage';
import type { ReaderPrefs, SiteSettings } from '../shared/storage';
import type { GlobalRules } from '../shared/clean-options';
import { writeClipboard } from './clipboard';
import { saveArticle } from './save-article';
import { showToast } from './toast';

let current: ReaderHandle | null = null;
/** What the open reader was cleaned with (`readerKey`), so a settings change re-cleans only when it matters. */
let openedWith: string | null = null;

/** The settings a clean depends on, as one comparable string. */
export function readerKey(settings: SiteSettings, global: GlobalRules): string {
  return JSON.stringify([settings, global.text, [...global.disabledPacks].sort()]);
}

/** The key of the open reader's clean, or null when no reader is open. */
export function openReaderKey(): string | null {
  return current ? openedWith : null;
}

// Prefs changed in another tab or the options page: restyle the open reader (update() does not echo back).
browser.storage.onChanged.addListener((changes) => {
  if (!current || !isSettingsChange(changes)) return;
  void sendToBackground('reader-prefs/get', {}).then((prefs) => {
    if (prefs.ok) current?.update(prefs.value);
  });
});

/** `replace`: an open reader gives way to this result (a re-clean); otherwise it only takes the prefs. */
export function showReader(result: CleanResult, prefs: ReaderPrefs, key: string, replace = false): void {
  if (current && !replace) {
    current.update(prefs);
    return;
  }
  openedWith = key;
  const { title, byline, siteName, publishedTime, html, url, lang } = result;
  const article = { title, byline, siteName, publishedTime, html, url, lang, words: result.stats.wordsAfter };
  const handle: ReaderHandle = openReader(document, article, prefs, {
    onPrefsChange(next) {
      // Fire and forget: a failed save only means the next page opens with the old prefs.
      void sendToBackground('reader-prefs/update', { patch: next });
    },
    onClose() {
      // A replaced reader closes after its successor is set: only the one still current clears it.
      if (current === handle) current = null;
    },
    onCopy(format) {
      const text = formatCopy(result, format);
      void writeClipboard(text).then((written) =>
        showToast(
          written.ok ? copyConfirmation(format, text.length) : written.error.message,
          written.ok ? 'ok' : 'error',
        ),
      );
    },
    onSave(format) {
      void saveArticle(result, format);
    },
  });
  current = handle;
}

export function closeReader(): boolean {
  if (!current) return false;
  const handle = current;
  current = null;
  handle.close();
  return true;
}
