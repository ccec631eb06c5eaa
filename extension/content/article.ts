/** Cleaning the live page for the reader, copy and save: the article, or what "Clean anyway" shows. */
import type { CleanResult } from '../../src/types';
import type { GlobalRules } from '../shared/clean-options';
import { describeError, fail, ok } from '../shared/messages';
import type { MemoryUse, Result } from '../shared/messages';
import type { SiteSettings } from '../shared/storage';
import { cleanPage } from './clean-page';
import type { PageClean } from './clean-page';

function safeClean(how: PageClean): Result<CleanResult> {
  try {
    return ok(cleanPage(how));
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
  const how: PageClean = { settings, global, rulesOnly: false, ...(memory ? { memory } : {}) };
  const first = safeClean(how);
  const cleaned = first.ok && !first.value.isArticle ? safeClean({ ...how, rulesOnly: true }) : first;
  if (cleaned.ok && cleaned.value.text.trim() === '') {
    return fail('not-an-article', 'Pith found no article text on this page.');
  }
  return cleaned;
}
