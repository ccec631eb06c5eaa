/** The content script's side of `ContentProtocol`. */
import { copyConfirmation, formatCopy } from '../shared/copy-format';
import { saveArticle } from './save-article';
import { describeError, fail, ok } from '../shared/messages';
import type { ContentProtocol, Handlers } from '../shared/messages';
import { articleOf, openReaderHere } from './article';
import { forgetReport, inertReasonsFor, reportFor } from './report-cache';
import { fromFields } from '../shared/clean-options';
import { writeClipboard } from './clipboard';
import { closeReader } from './reader-bridge';
import { openReaderWithStoredSettings } from './reader-follow';
import { startPicker } from '../picker/picker';
import type { PickerHandle } from '../picker/picker';
import { sendToBackground } from '../shared/send';
import { showToast } from './toast';
import { keepRuleFor, selectorFor } from './keep-rule';
import { withoutClobbering } from '../../src/dom/clobbering';

/** The open element picker, so a second start replaces it. */
let picker: PickerHandle | null = null;

export const contentHandlers: Handlers<ContentProtocol> = {
  'content/ping': async () => ok(true),
  'content/clean': async ({ settings, rulesOnly, memory, ...global }) => {
    try {
      return ok(reportFor(settings, fromFields(global), rulesOnly, memory));
    } catch (error) {
      return fail('internal', `Pith's cleaner failed on this page: ${describeError(error)}`);
    }
  },
  'content/inert-reasons': async ({ settings, rulesOnly, memory, ...global }) => {
    try {
      return ok(inertReasonsFor(settings, fromFields(global), rulesOnly, memory));
    } catch (error) {
      return fail('internal', `Pith could not check the switches on this page: ${describeError(error)}`);
    }
  },
  'content/reader-open': async ({ settings, prefs, toggle, memory, ...global }) =>
    toggle && closeReader() ? ok(null) : openReaderHere(settings, prefs, fromFields(global), memory),
  'content/reader-close': async () => {
    closeReader();
    return ok(null);
  },
  'content/copy': async ({ format, settings, memory, ...global }) => {
    const cleaned = articleOf(settings, fromFields(global), memory);
    if (!cleaned.ok) {
      showToast(cleaned.error.message, 'error');
      return cleaned;
    }
    const text = formatCopy(cleaned.value, format);
    const written = await writeClipboard(text);
    if (!written.ok) {
      showToast(written.error.message, 'error');
      return written;
    }
    showToast(copyConfirmation(format, text.length), 'ok');
    return ok({ chars: text.length });
  },
  'content/keep-rule': async ({ host, block }) => {
    // Built on a copy without clobbering names (see buildPageReport): a page's form cannot break it.
    const kept = keepRuleFor(withoutClobbering(document), host, block);
    return kept.ok ? ok({ rule: kept.value.rule, sample: kept.value.sample }) : kept;
  },
  'content/suggest-selector': async ({ block }) => {
    const found = selectorFor(withoutClobbering(document), block);
    return found.ok ? ok(found.value.selector) : found;
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
        if (readerWasOpen) void openReaderWithStoredSettings();
        if (!saved) return;
        // The popup's kept report shows the old cut: reopening it cleans again.
        forgetReport();
        showToast(`Rule saved: Pith removes this on ${host} from now on.`, 'ok');
      },
    });
    return ok(null);
  },
  'content/save': async ({ format, settings, memory, ...global }) => {
    const cleaned = articleOf(settings, fromFields(global), memory);
    if (!cleaned.ok) {
      showToast(cleaned.error.message, 'error');
      return cleaned;
    }
    return saveArticle(cleaned.value, format);
  },
  'content/toast': async ({ message, kind }) => {
    showToast(message, kind);
    return ok(null);
  },
};
