/** The content script's side of `ContentProtocol`. */
import { copyConfirmation, formatCopy } from '../shared/copy-format';
import { saveArticle } from './save-article';
import { describeError, fail, ok } from '../shared/messages';
import type { ContentProtocol, Handlers, Result } from '../shared/messages';
import type { CleanResult } from '../../src/types';
import type { ReaderPrefs, SiteSettings } from '../shared/storage';
import { cleanPage } from './clean-page';
import { forgetReport, inertReasonsFor, reportFor } from './report-cache';
import { fromFields } from '../shared/clean-options';
import type { GlobalRules } from '../shared/clean-options';
import { writeClipboard } from './clipboard';
import { closeReader, readerKey, showReader } from './reader-bridge';
import { startPicker } from '../picker/picker';
import type { PickerHandle } from '../picker/picker';
import { sendToBackground } from '../shared/send';
import { showToast } from './toast';
import { keepRuleFor } from './keep-rule';
import { withoutClobbering } from '../../src/dom/clobbering';

function safeClean(settings: SiteSettings, global: GlobalRules, rulesOnly?: boolean): Result<CleanResult> {
  try {
    return ok(cleanPage(settings, global, rulesOnly));
  } catch (error) {
    return fail('internal', `Pith's cleaner failed on this page: ${describeError(error)}`);
  }
}

/**
 * The article, or on a page that is not one, what the popup's "Clean anyway" shows (the whole page without its
 * rules' cuts and page chrome), as the popup says before the reader opens.
 */
function articleOf(settings: SiteSettings, global: GlobalRules): Result<CleanResult> {
  const first = safeClean(settings, global);
  const cleaned = first.ok && !first.value.isArticle ? safeClean(settings, global, true) : first;
  if (cleaned.ok && cleaned.value.text.trim() === '') {
    return fail('not-an-article', 'Pith found no article text on this page.');
  }
  return cleaned;
}

/**
 * Opens the reader on the page cleaned with these settings. `replace`: an open reader shows the new clean
 * instead of keeping its article (the settings changed under it, e.g. the picker saved a rule).
 */
export function openReaderHere(
  settings: SiteSettings,
  prefs: ReaderPrefs,
  global: GlobalRules,
  replace = false,
): Result<null> {
  const cleaned = articleOf(settings, global);
  if (!cleaned.ok) return cleaned;
  try {
    showReader(cleaned.value, prefs, readerKey(settings, global), replace);
  } catch (error) {
    return fail('internal', `Pith could not open the reader view: ${describeError(error)}`);
  }
  return ok(null);
}

/** The open element picker, so a second start replaces it. */
let picker: PickerHandle | null = null;

export const contentHandlers: Handlers<ContentProtocol> = {
  'content/ping': async () => ok(true),
  'content/clean': async ({ settings, rulesOnly, ...global }) => {
    try {
      return ok(reportFor(settings, fromFields(global), rulesOnly));
    } catch (error) {
      return fail('internal', `Pith's cleaner failed on this page: ${describeError(error)}`);
    }
  },
  'content/inert-reasons': async ({ settings, rulesOnly, ...global }) => {
    try {
      return ok(inertReasonsFor(settings, fromFields(global), rulesOnly));
    } catch (error) {
      return fail('internal', `Pith could not check the switches on this page: ${describeError(error)}`);
    }
  },
  'content/reader-open': async ({ settings, prefs, toggle, ...global }) =>
    toggle && closeReader() ? ok(null) : openReaderHere(settings, prefs, fromFields(global)),
  'content/reader-close': async () => {
    closeReader();
    return ok(null);
  },
  'content/copy': async ({ format, settings, ...global }) => {
    const cleaned = articleOf(settings, fromFields(global));
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
  'content/pick': async ({ host }) => {
    picker?.close();
    picker = startPicker(document, {
      host,
      async onSave(rule) {
        const saved = await sendToBackground('site/add-rule', { host, rule });
        return saved.ok ? null : saved.error.message;
      },
      onClose(saved) {
        picker = null;
        if (!saved) return;
        // The popup's kept report shows the old cut; an open reader re-cleans when the settings change arrives
        // (`reader-follow.ts`).
        forgetReport();
        showToast(`Rule saved: Pith removes this on ${host} from now on.`, 'ok');
      },
    });
    return ok(null);
  },
  'content/save': async ({ format, settings, ...global }) => {
    const cleaned = articleOf(settings, fromFields(global));
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
