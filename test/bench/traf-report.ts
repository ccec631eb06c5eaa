/** Text output of the trafilatura-set bench: the summary table, the worst pages, one page's misses and leaks. */
import { formatSpeed } from './speed-report';
import { SYSTEMS, SYSTEM_LABELS } from './systems';
import { f3, halvesTable, ms, signed, systemsTable, worstTables } from './table';
import type { TrafPageResult } from './traf-evaluate';
import type { TrafRunSummary } from './traf-summary';

export function formatTrafSummary(summary: TrafRunSummary, pages: number, dom: string): string {
  const { pith, readability } = summary.systems;
  const points = (a: number, b: number) => signed((a - b) * 100);
  const systems = systemsTable(
    ['system', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN', 'median ms', 'p90 ms', 'failed'],
    (name) => {
      const s = summary.systems[name];
      return [
        f3(s.precision),
        f3(s.recall),
        f3(s.f1),
        String(s.tp),
        String(s.fp),
        String(s.fn),
        ms(s.medianMs),
        ms(s.p90Ms),
        String(s.failures),
      ];
    },
    [
      points(pith.precision, readability.precision),
      points(pith.recall, readability.recall),
      points(pith.f1, readability.f1),
    ],
  );
  return [
    `trafilatura set (traf-dev): ${pages} pages, parsed with ${dom}.`,
    systems,
    `Snippets found in the whitespace-normalised text: "with" found = TP, missed = FN; "without" found = FP. ` +
      `Micro-averaged; F1 = 2TP / (2TP + FP + FN).`,
    `ms = the engine alone, not parsing. Parse: median ${ms(summary.medianParseMs)} ms, ` +
      `p90 ${ms(summary.p90ParseMs)} ms per page; ${summary.parseFailures} parse failure(s).`,
    formatSpeed(summary.speed),
    halvesTable(summary.halves),
  ].join('\n');
}

/** Pages where Pith gets most wrong, and where it does worse than Readability (TP − FP). */
export function formatTrafWorst(pages: readonly TrafPageResult[], n: number): string {
  const errors = (page: TrafPageResult) => page.systems.pith.fn + page.systems.pith.fp;
  const net = (s: { tp: number; fp: number }) => s.tp - s.fp;
  const worst = [...pages].sort((a, b) => errors(b) - errors(a)).slice(0, n);
  const losses = pages
    .map((page) => ({ page, loss: net(page.systems.readability) - net(page.systems.pith) }))
    .filter(({ loss }) => loss > 0)
    .sort((a, b) => b.loss - a.loss)
    .slice(0, n);
  const header = ['file', 'Pith missed', 'Pith leaked', 'Rdb missed', 'Rdb leaked', 'url'];
  const row = (page: TrafPageResult) => [
    page.id.slice(0, 40),
    String(page.systems.pith.fn),
    String(page.systems.pith.fp),
    String(page.systems.readability.fn),
    String(page.systems.readability.fp),
    page.url,
  ];
  return worstTables(
    header,
    row,
    { title: `The ${worst.length} pages with the most Pith errors (missed + leaked):`, pages: worst },
    {
      title: `The ${losses.length} pages where Pith loses most to Readability (TP − FP):`,
      pages: losses.map(({ page }) => page),
    },
  );
}

export function formatTrafPage(page: TrafPageResult): string {
  const lines = [`Page ${page.id}`, `URL ${page.url}`];
  for (const name of SYSTEMS) {
    const s = page.systems[name];
    lines.push(
      `  ${SYSTEM_LABELS[name].padEnd(12)} TP ${s.tp}  FN ${s.fn}  FP ${s.fp}  TN ${s.tn}  ` +
        `${s.ms === null ? '' : `${ms(s.ms)} ms`}${s.error ? `  ERROR ${s.error}` : ''}`,
    );
  }
  for (const name of SYSTEMS) {
    const s = page.systems[name];
    lines.push('', `${SYSTEM_LABELS[name]} missed (with, not found): ${s.missed.length}`);
    lines.push(...(s.missed.length ? s.missed.map((x) => `  - ${x}`) : ['  (none)']));
    lines.push(`${SYSTEM_LABELS[name]} leaked (without, found): ${s.leaked.length}`);
    lines.push(...(s.leaked.length ? s.leaked.map((x) => `  + ${x}`) : ['  (none)']));
  }
  return lines.join('\n');
}
