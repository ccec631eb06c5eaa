/** The extras file's side of `ContentProtocol`: the reader, the element picker, saving a file. */
import { fromFields } from '../shared/clean-options';
import { ok } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { startPicker } from '../picker/picker';
import type { PickerHandle } from '../picker/picker';
import type { ExtraHandlers, PageCore } from './core-bridge';
import { closeReader } from './reader-bridge';
import { openReaderWithStoredSettings } from './reader-follow';
import { openReaderHere } from './reader-open';
import { saveArticle } from './save-article';
import { showToast } from './toast';

export function extraHandlers(core: PageCore): ExtraHandlers {
  /** The open element picker, so a second start replaces it. */
  let picker: PickerHandle | null = null;
  return {
    'content/reader-open': async ({ settings, prefs, toggle, memory, ...global }) =>
      toggle && closeReader()
        ? ok(null)
        : openReaderHere(core.articleOf, settings, prefs, fromFields(global), memory),
    'content/reader-close': async () => {
      closeReader();
      return ok(null);
    },
    'content/pick': async ({ host }) => {
      picker?.close();
      // The reader covers the page: it steps aside while the user picks on the page itself, and comes back after,
      // cleaned with the settings as they are then (with the new rule when one was saved).
      const readerWasOpen = closeReader();
      picker = startPicker(document, {
        host,
        async onSave(rule) {
          const saved = await sendToBackground('site/add-rule', { host, rule });
          return saved.ok ? null : saved.error.message;
        },
        onClose(saved) {
          picker = null;
          if (readerWasOpen) void openReaderWithStoredSettings(core.articleOf);
          if (!saved) return;
          // The popup's kept report shows the old cut: reopening it cleans again.
          core.forgetReport();
          showToast(`Rule saved: Pith removes this on ${host} from now on.`, 'ok');
        },
      });
      return ok(null);
    },
    'content/save': async ({ format, settings, memory, ...global }) => {
      const cleaned = core.articleOf(settings, fromFields(global), memory);
      if (!cleaned.ok) {
        showToast(cleaned.error.message, 'error');
        return cleaned;
      }
      return saveArticle(cleaned.value, format);
    },
  };
}
