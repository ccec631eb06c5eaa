/** Cleaning the live page for the reader, copy and save: the article, or what "Clean anyway" shows. */
import type { CleanResult } from '../../src/types';
import type { GlobalRules } from '../shared/clean-options';
import { describeError, fail, ok } from '../shared/messages';
import type { MemoryUse, Result } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import type { ReaderPrefs, SiteSettings } from '../shared/storage';
import { cleanPage } from './clean-page';
import { readerKey, showReader } from './reader-bridge';

function safeClean(
  settings: SiteSettings,
  global: GlobalRules,
  rulesOnly?: boolean,
  memory?: MemoryUse,
): Result<CleanResult> {
  try {
    return ok(cleanPage(settings, global, rulesOnly, memory));
  } catch (error) {
    return fail('internal', `Pith's cleaner failed on this page: ${describeError(error)}`);
  }
}

/**
 * The article, or on a page that is not one, what the popup's "Clean anyway" shows (the whole page without its
 * rules' cuts and page chrome), as the popup says before the reader opens.
 */
export function articleOf(
  settings: SiteSettings,
  global: GlobalRules,
  memory?: MemoryUse,
): Result<CleanResult> {
  const first = safeClean(settings, global, false, memory);
  const cleaned = first.ok && !first.value.isArticle ? safeClean(settings, global, true, memory) : first;
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
  memory?: MemoryUse,
  replace = false,
): Result<null> {
  const cleaned = articleOf(settings, global, memory);
  if (!cleaned.ok) return cleaned;
  try {
    showReader(cleaned.value, prefs, readerKey(settings, global), replace);
  } catch (error) {
    return fail('internal', `Pith could not open the reader view: ${describeError(error)}`);
  }
  return ok(null);
}

/** The site memory's template for this page, from the background that keeps the memory (undefined: memory off). */
export async function memoryHere(): Promise<MemoryUse | undefined> {
  const template = await sendToBackground('memory/template', { url: location.href });
  return template.ok && template.value ? template.value : undefined;
}
