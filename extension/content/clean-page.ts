/** Runs the engine on the live page. The engine clones the document, so the page itself is never touched. */
import { clean } from '../../src/index';
import type { CleanOptions, CleanResult } from '../../src/types';
import { cleanOptionsFor, fromFields } from '../shared/clean-options';
import type { GlobalRules } from '../shared/clean-options';
import type { CleanWith, MemoryUse } from '../shared/messages';
import type { SiteSettings } from '../shared/storage';
import { memoryOptions, rememberAfterPaint } from './memory';

/** How a request asks for this page to be cleaned: its fields read once, the global rules unpacked. */
export interface PageClean {
  settings: SiteSettings;
  global: GlobalRules;
  /** "Clean anyway": the rules' cuts and page chrome on a page that is not an article. */
  rulesOnly: boolean;
  /** The site memory's template; absent when memory is off here. */
  memory?: MemoryUse;
}

export function pageCleanOf({
  settings,
  memory,
  rulesOnly = false,
  ...fields
}: CleanWith & { rulesOnly?: boolean }): PageClean {
  return { settings, global: fromFields(fields), rulesOnly, ...(memory ? { memory } : {}) };
}

function optionsFor({ settings, global, rulesOnly, memory }: PageClean): CleanOptions {
  return cleanOptionsFor(location.href, settings, { global, rulesOnly, memory: memoryOptions(memory) });
}

/** Cleans the page; with `memory`, cuts the site's learned blocks and remembers this page after the next paint. */
export function cleanPage(how: PageClean): CleanResult {
  const result = clean(document, optionsFor(how));
  rememberAfterPaint(result.prints);
  return result;
}
