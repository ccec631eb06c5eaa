/** Opens and closes the reader view overlay for this page; remembers the open one so a second open updates it. */
import { openReader } from '../reader/index';
import type { ReaderArticle, ReaderHandle } from '../reader/index';
import { sendToBackground } from '../shared/send';
import type { ReaderPrefs } from '../shared/storage';

let current: ReaderHandle | null = null;

export function showReader(article: ReaderArticle, prefs: ReaderPrefs): void {
  if (current) {
    current.update(prefs);
    return;
  }
  current = openReader(document, article, prefs, {
    onPrefsChange(next) {
      // Fire and forget: a failed save only means the next page opens with the old prefs.
      void sendToBackground('reader-prefs/update', { patch: next });
    },
    onClose() {
      current = null;
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
