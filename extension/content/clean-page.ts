/** Runs the engine on the live page. The engine clones the document, so the page itself is never touched. */
import { clean } from '../../src/index';
import type { CleanOptions, CleanResult } from '../../src/types';
import { cleanOptionsFor } from '../shared/clean-options';
import type { SiteSettings } from '../shared/storage';

export function optionsFor(settings: SiteSettings, globalRules = '', rulesOnly = false): CleanOptions {
  return cleanOptionsFor(location.href, settings, globalRules, rulesOnly);
}

export function cleanPage(settings: SiteSettings, globalRules = '', rulesOnly = false): CleanResult {
  return clean(document, optionsFor(settings, globalRules, rulesOnly));
}
