/** Runs the engine on the live page. The engine clones the document, so the page itself is never touched. */
import { clean } from '../../src/index';
import type { CleanResult } from '../../src/types';
import { cleanOptionsFor } from '../shared/clean-options';
import type { SiteSettings } from '../shared/storage';

export function cleanPage(settings: SiteSettings, globalRules = '', rulesOnly = false): CleanResult {
  return clean(document, cleanOptionsFor(location.href, settings, globalRules, rulesOnly));
}

/** The page's main region before cleaning, for the popup's side-by-side view (the popup sanitizes it). */
export function originalMainHtml(): string {
  const main = document.querySelector('main') ?? document.querySelector('article') ?? document.body;
  return main?.outerHTML ?? '';
}
