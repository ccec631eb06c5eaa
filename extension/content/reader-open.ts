/**
 * Opening the reader on the live page (the extras file, see core-bridge.ts): the article comes from the core's
 * engine through `articleOf`, so this file carries no second copy of it.
 */
import type { GlobalRules } from '../shared/clean-options';
import { describeError, fail, ok } from '../shared/messages';
import type { MemoryUse, Result } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import type { ReaderPrefs, SiteSettings } from '../shared/storage';
import type { ArticleOf } from './core-bridge';
import { readerKey, showReader } from './reader-bridge';

/**
 * Opens the reader on the page cleaned with these settings. `replace`: an open reader shows the new clean
 * instead of keeping its article (the settings changed under it, e.g. the picker saved a rule).
 */
export function openReaderHere(
  articleOf: ArticleOf,
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

export async function memoryHere(): Promise<MemoryUse | undefined> {
  const template = await sendToBackground('memory/template', { url: location.href });
  return template.ok && template.value ? template.value : undefined;
}
