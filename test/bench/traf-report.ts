/** Text output of the trafilatura-set bench: the summary table, the worst pages, one page's misses and leaks. */
import { HALVES } from './halves';
import { formatSpeed } from './speed-report';
import { SYSTEMS, SYSTEM_LABELS } from './systems';
import { f3, ms, signed, table } from './table';
import type { TrafPageResult } from './traf-evaluate';
import type { TrafRunSummary } from './traf-summary';

export function formatTrafSummary(summary: TrafRunSummary, pages: number, dom: string): string {
  const rows: string[][] = [
    ['system', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN', 'median ms', 'p90 ms', 'failed'],
  ];
  for (const name of SYSTEMS) {
    const s = summary.systems[name];
    rows.push([
      SYSTEM_LABELS[name],
      f3(s.precision),
      f3(s.recall),
      f3(s.f1),
      String(s.tp),
      String(s.fp),
      String(s.fn),
      ms(s.medianMs),
      ms(s.p90Ms),
      String(s.failures),
    ]);
  }
  const { pith, readability } = summary.systems;
  const points = (a: number, b: number) => signed((a - b) * 100);
  rows.push([
    'Δ Pith − Readability (points)',
    points(pith.precision, readability.precision),
    points(pith.recall, readability.recall),
    points(pith.f1, readability.f1),
    '',
    '',
    '',
    '',
    '',
    '',
  ]);
  return [
    `trafilatura set (traf-dev): ${pages} pages, parsed with ${dom}.`,
    table(rows),
    `Snippets found in the whitespace-normalised text: "with" found = TP, missed = FN; "without" found = FP. ` +
      `Micro-averaged; F1 = 2TP / (2TP + FP + FN).`,
    `ms = the engine alone, not parsing. Parse: median ${ms(summary.medianParseMs)} ms, ` +
      `p90 ${ms(summary.p90ParseMs)} ms per page; ${summary.parseFailures} parse failure(s).`,
    formatSpeed(summary.speed),
    formatTrafHalves(summary),
  ].join('\n');
}

function formatTrafHalves(summary: TrafRunSummary): string {
  const present = HALVES.filter((half) => summary.halves[half]);
  if (present.length < 2) return '';
  const header = ['half', ...SYSTEMS.map((name) => `${SYSTEM_LABELS[name]} P / R / F1`)];
  const rows = present.map((half) => {
    const bySystem = summary.halves[half];
    return [
      `${half} (${bySystem?.pith.pages ?? 0})`,
      ...SYSTEMS.map((name) => {
        const s = bySystem?.[name];
        return s ? `${f3(s.precision)} / ${f3(s.recall)} / ${f3(s.f1)}` : 'n/a';
      }),
    ];
  });
  return `By fixed half (--half dev|check):\n${table([header, ...rows])}`;
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
  return [
    `The ${worst.length} pages with the most Pith errors (missed + leaked):`,
    table([header, ...worst.map(row)]),
    '',
    losses.length === 0
      ? 'No page where Pith scores below Readability.'
      : `The ${losses.length} pages where Pith loses most to Readability (TP − FP):\n${table([header, ...losses.map(({ page }) => row(page))])}`,
  ].join('\n');
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
