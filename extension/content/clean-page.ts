/** Runs the engine on the live page. The engine clones the document, so the page itself is never touched. */
import { clean } from '../../src/index';
import type { CleanOptions, CleanResult } from '../../src/types';
import { cleanOptionsFor, NO_GLOBAL_RULES } from '../shared/clean-options';
import type { GlobalRules } from '../shared/clean-options';
import type { SiteSettings } from '../shared/storage';

export function optionsFor(
  settings: SiteSettings,
  global: GlobalRules = NO_GLOBAL_RULES,
  rulesOnly = false,
): CleanOptions {
  return cleanOptionsFor(location.href, settings, global, rulesOnly);
}

export function cleanPage(
  settings: SiteSettings,
  global: GlobalRules = NO_GLOBAL_RULES,
  rulesOnly = false,
): CleanResult {
  return clean(document, optionsFor(settings, global, rulesOnly));
}
