/** Opens and closes the reader view overlay for this page; remembers the open one so a second open updates it. */
import browser from 'webextension-polyfill';
import type { CleanResult } from '../../src/types';
import { openReader } from '../reader/index';
import type { ReaderHandle } from '../reader/index';
import { copyConfirmation, formatCopy } from '../shared/copy-format';
import { sendToBackground } from '../shared/send';
import { isSettingsChange } from '../shared/storage';
import type { ReaderPrefs } from '../shared/storage';
import { writeClipboard } from './clipboard';
import { saveArticle } from './save-article';
import { showToast } from './toast';

let current: ReaderHandle | null = null;

// Prefs changed in another tab or the options page: restyle the open reader (update() does not echo back).
browser.storage.onChanged.addListener((changes) => {
  if (!current || !isSettingsChange(changes)) return;
  void sendToBackground('reader-prefs/get', {}).then((prefs) => {
    if (prefs.ok) current?.update(prefs.value);
  });
});

export function showReader(result: CleanResult, prefs: ReaderPrefs): void {
  if (current) {
    current.update(prefs);
    return;
  }
  const { title, byline, siteName, publishedTime, html, url, lang } = result;
  const article = { title, byline, siteName, publishedTime, html, url, lang, words: result.stats.wordsAfter };
  current = openReader(document, article, prefs, {
    onPrefsChange(next) {
      // Fire and forget: a failed save only means the next page opens with the old prefs.
      void sendToBackground('reader-prefs/update', { patch: next });
    },
    onClose() {
      current = null;
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
}

export function closeReader(): boolean {
  if (!current) return false;
  const handle = current;
  current = null;
  handle.close();
  return true;
}
