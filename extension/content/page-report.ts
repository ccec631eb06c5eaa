/**
 * What the popup draws, built in the page: the engine's result (without what the popup never shows, to keep the
 * message small), the side-by-side comparison and the switches by reason. `buildPageReport` is pure over a
 * document and the site's settings, so unit tests build the same report from a parsed page.
 */
import { clean } from '../../src/index';
import { withoutClobbering } from '../../src/dom/clobbering';
import type { CleanResult } from '../../src/types';
import { cleanOptionsFor } from '../shared/clean-options';
import type { CleanHow } from '../shared/clean-options';
import type { Comparison, ContentProtocol, ReplyOf } from '../shared/messages';
import type { SiteSettings } from '../shared/storage';
import { buildComparison, cleanBlocks } from './compare-rows';
import { reasonGroups } from './reasons';

export type PageReportBody = Extract<ReplyOf<ContentProtocol, 'content/clean'>, { ok: true }>['value'];

const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** How a report is built, beyond the page and the site's settings: how the page is cleaned, and parsed back. */
export interface ReportOptions extends CleanHow {
  /** Parses the clean HTML into blocks (the browser's `DOMParser` unless a test gives its own). */
  parse?: (html: string) => Document;
}

export function buildPageReport(
  doc: Document,
  url: string,
  settings: SiteSettings,
  options: ReportOptions = {},
): PageReportBody {
  const parts = buildReportFirst(doc, url, settings, options);
  const started = performance.now();
  const comparison = parts.comparison();
  const { pageMs } = parts.report;
  return {
    ...parts.report,
    comparison,
    pageMs: { ...pageMs, compare: pageMs.compare + performance.now() - started },
  };
}

/**
 * The report with the clean text and the switches, and its comparison's rows to build when asked: the popup's
 * first open paints the clean text from the first and asks for the rows after (`Comparison.rowsPending`).
 */
export function buildReportFirst(
  doc: Document,
  url: string,
  settings: SiteSettings,
  { parse = parseHtml, ...how }: ReportOptions = {},
): { report: PageReportBody; comparison: () => Comparison } {
  const started = performance.now();
  const options = cleanOptionsFor(url, settings, how);
  // The comparison walks the page as the engine does: through a copy without the names that shadow DOM methods
  // (a form's `<input name="getAttribute">`), the same page otherwise, so the records' paths still fit.
  const page = withoutClobbering(doc);
  const result = clean(page, options);
  const engineDone = performance.now();
  const blocks = cleanBlocks(result, parse);
  const reasons = reasonGroups(result, options, settings.disabledRuleIds ?? []);
  const firstDone = performance.now();
  return {
    report: {
      result: slim(result),
      comparison: { rows: [], clean: blocks, emptyCuts: [], unplaced: [], rowsPending: true },
      reasons,
      pageMs: { engine: engineDone - started, compare: firstDone - engineDone },
    },
    comparison: () => ({ ...buildComparison(page, result, parse), clean: blocks }),
  };
}

/**
 * The popup draws text: the article's HTML (the reader's) and the removed blocks' HTML (the CLI's JSON) stay in
 * the page, which keeps the message about a third smaller. `prints` stay too until the reply (`report-cache.ts`
 * hands them to the site memory, never to the popup).
 */
function slim(result: CleanResult): CleanResult {
  return { ...result, html: '', removed: result.removed.map((block) => ({ ...block, html: '' })) };
}
