/**
 * The page's last report for the popup, kept in the content script (which stays in the tab between popup opens),
 * so reopening the popup on the same page shows it without running the engine again. It is keyed by the address,
 * the settings, the site memory's template and the mode, and dropped as soon as the page's text changes (a
 * mutation that adds, removes or edits text; an ad slot filling with an iframe is not one). The switches' check
 * (`reason-effects.ts`) is kept with it.
 */
import type { Comparison } from '../shared/messages';
import type { PageClean } from './clean-page';
import { memoryOptions, rememberAfterPaint } from './memory';
import { buildReportFirst } from './page-report';
import type { PageReportBody } from './page-report';
import { inertReasons } from './reason-effects';

interface Entry {
  key: string;
  /** The report; its comparison is `rowsPending` until `rows` has been built. */
  report: PageReportBody;
  /** Builds the comparison's rows (once; `report` then carries them). */
  rows: () => Comparison;
  inert: string[] | null;
}

let entry: Entry | null = null;
/** Watches the page only while a report is kept: a page with nothing kept pays for no observer. */
let observer: MutationObserver | null = null;

/** Whether prints are collected is not part of the key: a report is the same with or without them. */
function keyOf({ settings, global, rulesOnly, memory }: PageClean): string {
  return JSON.stringify([location.href, settings, global, rulesOnly, memory?.template ?? null]);
}

function hasText(nodes: NodeList): boolean {
  for (const node of nodes) if ((node.textContent ?? '').trim() !== '') return true;
  return false;
}

function drop(): void {
  entry = null;
  observer?.disconnect();
  observer = null;
}

function watch(): void {
  if (observer) return;
  observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData' || hasText(r.addedNodes) || hasText(r.removedNodes)) return drop();
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

function current(how: PageClean): Entry {
  const key = keyOf(how);
  if (entry?.key === key) return entry;
  watch();
  const { settings, global, rulesOnly, memory } = how;
  const built = buildReportFirst(document, location.href, settings, {
    global,
    rulesOnly,
    memory: memoryOptions(memory),
  });
  rememberAfterPaint(built.report.result.prints);
  // The prints go to the site memory, not into the popup's message.
  const result = { ...built.report.result };
  delete result.prints;
  entry = { key, report: { ...built.report, result }, rows: built.comparison, inert: null };
  return entry;
}

/**
 * Forgets the kept report: the site's rules changed from inside the page (the picker saved one), so reopening the
 * popup cleans again instead of showing the cut as it was.
 */
export function forgetReport(): void {
  drop();
}

/**
 * The report for these settings: the kept one (`cached: true`, no engine time) or a new one. `rowsLater`: a new
 * report comes without the comparison's rows (`Comparison.rowsPending`, see `comparisonFor`); a kept one has them.
 */
export function reportFor(how: PageClean, rowsLater = false): PageReportBody {
  const reused = entry?.key === keyOf(how);
  const kept = current(how);
  const rowsMs = !rowsLater || reused ? withRows(kept) : 0;
  const { report } = kept;
  if (reused) return { ...report, pageMs: { engine: 0, compare: 0, cached: true } };
  return { ...report, pageMs: { ...report.pageMs, compare: report.pageMs.compare + rowsMs } };
}

/** Builds the kept report's rows if it has none yet; returns the time that took. */
function withRows(kept: Entry): number {
  if (!kept.report.comparison.rowsPending) return 0;
  const started = performance.now();
  kept.report = { ...kept.report, comparison: kept.rows() };
  return performance.now() - started;
}

/**
 * The comparison (with its rows) of the kept report for these settings; null when nothing is kept for them (the
 * page's text changed since the report): the popup then asks for the whole report again.
 */
export function comparisonFor(how: PageClean): Comparison | null {
  const kept = entry;
  if (!kept || kept.key !== keyOf(how)) return null;
  withRows(kept);
  return kept.report.comparison;
}

/** The reasons whose switch would change nothing on this page, for these settings. */
export function inertReasonsFor(how: PageClean): string[] {
  const kept = current(how);
  const { settings, global, rulesOnly, memory } = how;
  // Each trial cuts what the report cut: the learned blocks too, but collects no prints.
  kept.inert ??= inertReasons(
    document,
    location.href,
    settings,
    { global, rulesOnly, ...(memory ? { memory: { template: memory.template, collect: false } } : {}) },
    kept.report,
  );
  return kept.inert;
}
