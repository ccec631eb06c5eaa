/**
 * The content script's side of `ContentProtocol`. The reader, the picker and saving are the extras file's
 * (`core-bridge.ts`): the background injects it before it sends one of those, so here they only pass the message on.
 */
import { copyConfirmation, formatCopy } from '../shared/copy-format';
import { describeError, fail, ok } from '../shared/messages';
import type { ContentProtocol, Handlers, Result } from '../shared/messages';
import { comparisonFor, inertReasonsFor, reportFor } from './report-cache';
import { pageCleanOf } from './clean-page';
import { fromFields } from '../shared/clean-options';
import { writeClipboard } from './clipboard';
import { showToast } from './toast';
import { keepRuleFor, selectorFor } from './keep-rule';
import { withoutClobbering } from '../../src/dom/clobbering';
import type { ExtraHandlers, ExtraMessage, PageCore } from './core-bridge';

const NO_EXTRAS: Result<never> = fail(
  'content-script-failed',
  'Pith has not loaded its reader in this page yet; try again.',
);

export function contentHandlers(core: PageCore): Handlers<ContentProtocol> {
  /** The extras' handler for `type`, once that file has run in the page. */
  const extra = <K extends ExtraMessage>(type: K): ExtraHandlers[K] | undefined => core.extras?.[type];
  return {
    'content/ping': async () => ok({ extras: core.extras !== null }),
    'content/clean': async ({ rowsLater, ...req }) => {
      try {
        return ok(reportFor(pageCleanOf(req), rowsLater));
      } catch (error) {
        return fail('internal', `Pith's cleaner failed on this page: ${describeError(error)}`);
      }
    },
    'content/comparison': async (req) => {
      try {
        const comparison = comparisonFor(pageCleanOf(req));
        return comparison
          ? ok(comparison)
          : fail('internal', 'The page changed since Pith read it; Pith reads it again.');
      } catch (error) {
        return fail('internal', `Pith could not compare this page: ${describeError(error)}`);
      }
    },
    'content/inert-reasons': async (req) => {
      try {
        return ok(inertReasonsFor(pageCleanOf(req)));
      } catch (error) {
        return fail('internal', `Pith could not check the switches on this page: ${describeError(error)}`);
      }
    },
    'content/reader-open': async (req, ctx) => (await extra('content/reader-open')?.(req, ctx)) ?? NO_EXTRAS,
    // Without the extras no reader was ever opened here: nothing to close.
    'content/reader-close': async (req, ctx) => (await extra('content/reader-close')?.(req, ctx)) ?? ok(null),
    'content/copy': async ({ format, settings, memory, ...global }) => {
      const cleaned = core.articleOf(settings, fromFields(global), memory);
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
    'content/pick': async (req, ctx) => (await extra('content/pick')?.(req, ctx)) ?? NO_EXTRAS,
    'content/save': async (req, ctx) => (await extra('content/save')?.(req, ctx)) ?? NO_EXTRAS,
    'content/toast': async ({ message, kind }) => {
      showToast(message, kind);
      return ok(null);
    },
  };
}
