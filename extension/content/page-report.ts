/**
 * What the popup draws, built in the page: the engine's result (without what the popup never shows, to keep the
 * message small), the side-by-side comparison and the switches by reason. `buildPageReport` is pure over a
 * document and the site's settings, so unit tests build the same report from a parsed page.
 */
import { clean } from '../../src/index';
import type { CleanResult } from '../../src/types';
import { cleanOptionsFor } from '../shared/clean-options';
import type { ContentProtocol, ReplyOf } from '../shared/messages';
import type { SiteSettings } from '../shared/storage';
import { buildComparison } from './compare-rows';
import { reasonGroups } from './reasons';

export type PageReportBody = Extract<ReplyOf<ContentProtocol, 'content/clean'>, { ok: true }>['value'];

const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export function buildPageReport(
  doc: Document,
  url: string,
  settings: SiteSettings,
  globalRules = '',
  rulesOnly = false,
  parse: (html: string) => Document = parseHtml,
): PageReportBody {
  const started = performance.now();
  const options = cleanOptionsFor(url, settings, globalRules, rulesOnly);
  const result = clean(doc, options);
  const engineDone = performance.now();
  const comparison = buildComparison(doc, result, parse);
  const reasons = reasonGroups(result, options, settings.disabledRuleIds ?? []);
  const compareDone = performance.now();
  return {
    result: slim(result),
    comparison,
    reasons,
    pageMs: { engine: engineDone - started, compare: compareDone - engineDone },
  };
}

/** The removed blocks' HTML is for the CLI's JSON; the popup draws their text. */
function slim(result: CleanResult): CleanResult {
  return { ...result, removed: result.removed.map((block) => ({ ...block, html: '' })) };
}
