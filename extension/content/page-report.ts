/**
 * What the popup draws, built in the page: the engine's result (without what the popup never shows, to keep the
 * message small), the side-by-side comparison and the switches by reason.
 */
import { clean } from '../../src/index';
import type { CleanResult } from '../../src/types';
import type { ContentProtocol, ReplyOf } from '../shared/messages';
import { ok } from '../shared/messages';
import type { SiteSettings } from '../shared/storage';
import { optionsFor } from './clean-page';
import { buildComparison } from './compare-rows';
import { reasonGroups } from './reasons';

const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export function pageReport(
  settings: SiteSettings,
  globalRules = '',
  rulesOnly = false,
): ReplyOf<ContentProtocol, 'content/clean'> {
  const started = performance.now();
  const options = optionsFor(settings, globalRules, rulesOnly);
  const result = clean(document, options);
  const engineDone = performance.now();
  const comparison = buildComparison(document, result, parseHtml);
  const reasons = reasonGroups(result, options, settings.disabledRuleIds ?? []);
  const compareDone = performance.now();
  return ok({
    result: slim(result),
    comparison,
    reasons,
    pageMs: { engine: engineDone - started, compare: compareDone - engineDone },
  });
}

/** The removed blocks' HTML is for the CLI's JSON; the popup draws their text. */
function slim(result: CleanResult): CleanResult {
  return { ...result, removed: result.removed.map((block) => ({ ...block, html: '' })) };
}
