/** Runs the engine on the live page. The engine clones the document, so the page itself is never touched. */
import { clean } from '../../src/index';
import type { CleanOptions, CleanResult } from '../../src/types';
import { cleanOptionsFor, NO_GLOBAL_RULES } from '../shared/clean-options';
import type { GlobalRules } from '../shared/clean-options';
import type { MemoryUse } from '../shared/messages';
import type { SiteSettings } from '../shared/storage';
import { memoryOptions, rememberAfterPaint } from './memory';

export function optionsFor(
  settings: SiteSettings,
  global: GlobalRules = NO_GLOBAL_RULES,
  rulesOnly = false,
  memory?: MemoryUse,
): CleanOptions {
  return cleanOptionsFor(location.href, settings, global, rulesOnly, memoryOptions(memory));
}

/** Cleans the page; with `memory`, cuts the site's learned blocks and remembers this page after the next paint. */
export function cleanPage(
  settings: SiteSettings,
  global: GlobalRules = NO_GLOBAL_RULES,
  rulesOnly = false,
  memory?: MemoryUse,
): CleanResult {
  const result = clean(document, optionsFor(settings, global, rulesOnly, memory));
  rememberAfterPaint(result.prints);
  return result;
}
