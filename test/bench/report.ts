/** Text output of the AEB bench: the summary table, the worst pages, one page's diff, and the JSON file. */
import { writeFileSync } from 'node:fs';
import type { PageResult } from './evaluate';
import type { PageDiff, TextRun } from './page-diff';
import { formatSpeed } from './speed-report';
import type { RunSummary } from './summary';
import { SYSTEMS, SYSTEM_LABELS, type SystemName } from './systems';
import { f3, halvesTable, ms, signed, systemsTable, worstTables } from './table';

const shortId = (id: string) => id.slice(0, 12);

export function formatSummary(summary: RunSummary, pages: number, dom: string): string {
  const d = summary.deltaPoints;
  const systems = systemsTable(
    ['system', 'precision', 'recall', 'F1', 'accuracy', 'median ms', 'p90 ms', 'failed'],
    (name) => {
      const s = summary.systems[name];
      return [
        f3(s.precision),
        f3(s.recall),
        f3(s.f1),
        f3(s.accuracy),
        ms(s.medianMs),
        ms(s.p90Ms),
        String(s.failures),
      ];
    },
    [signed(d.precision), signed(d.recall), signed(d.f1), signed(d.accuracy)],
  );
  const pith = summary.systems.pith;
  return [
    `AEB dev: ${pages} pages, parsed with ${dom}.`,
    systems,
    `ms = the engine alone (its document clone included), not parsing. Parse: median ${ms(summary.medianParseMs)} ms, ` +
      `p90 ${ms(summary.p90ParseMs)} ms per page; ${summary.parseFailures} parse failure(s).`,
    `Precision is averaged over pages with a non-empty prediction (Pith: ${pith.precisionPages}), recall over pages ` +
      `with non-empty truth (${pith.recallPages}); F1 is taken from the two means, as in the benchmark.`,
    formatSpeed(summary.speed),
    halvesTable(summary.halves),
  ].join('\n');
}

export function formatFailures(
  pages: readonly { id: string; url: string; systems: Record<SystemName, { error: string | null }> }[],
): string {
  const lines: string[] = [];
  for (const page of pages) {
    for (const name of SYSTEMS) {
      const error = page.systems[name].error;
      if (error !== null) lines.push(`  ${shortId(page.id)} ${SYSTEM_LABELS[name]}: ${error}  (${page.url})`);
    }
  }
  return lines.length === 0
    ? 'No page threw.'
    : `Pages that threw (scored as empty predictions):\n${lines.join('\n')}`;
}

export function formatWorst(pages: readonly PageResult[], n: number): string {
  const lowest = [...pages].sort((a, b) => a.systems.pith.f1 - b.systems.pith.f1).slice(0, n);
  const losses = pages
    .map((page) => ({ page, loss: page.systems.readability.f1 - page.systems.pith.f1 }))
    .filter(({ loss }) => loss > 0)
    .sort((a, b) => b.loss - a.loss)
    .slice(0, n);
  const header = ['id', 'Pith P', 'Pith R', 'Pith F1', 'Rdb P', 'Rdb R', 'Rdb F1', 'url'];
  const row = (page: PageResult) => {
    const { pith, readability } = page.systems;
    return [
      shortId(page.id),
      f3(pith.precision),
      f3(pith.recall),
      f3(pith.f1),
      f3(readability.precision),
      f3(readability.recall),
      f3(readability.f1),
      page.url,
    ];
  };
  return worstTables(
    header,
    row,
    { title: `The ${lowest.length} pages with Pith's lowest page F1:`, pages: lowest },
    {
      title: `The ${losses.length} pages where Pith loses most to Readability (page F1):`,
      pages: losses.map(({ page }) => page),
    },
  );
}

export function formatPage(page: PageResult, diff: PageDiff, name: SystemName): string {
  const lines = [`Page ${page.id}`, `URL ${page.url}`];
  for (const system of SYSTEMS) {
    const s = page.systems[system];
    lines.push(
      `  ${SYSTEM_LABELS[system].padEnd(12)} P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}  ` +
        `exact ${s.exact ? 'yes' : 'no'}  ${s.ms === null ? '' : `${ms(s.ms)} ms`}${s.error ? `  ERROR ${s.error}` : ''}`,
    );
  }
  const label = SYSTEM_LABELS[name];
  lines.push(
    '',
    `${label} kept, truth lacks (false positives), ${diff.extra.length} run(s):`,
    ...runs(diff.extra),
  );
  lines.push(
    '',
    `Truth has, ${label} missed (false negatives), ${diff.missed.length} run(s):`,
    ...runs(diff.missed),
  );
  return lines.join('\n');
}

function runs(list: readonly TextRun[]): string[] {
  if (list.length === 0) return ['  (none)'];
  return list.map((run) => `  [token ${run.start}, ${run.tokens.length} tokens] ${run.tokens.join(' ')}`);
}

export function writeJson(file: string, body: unknown): void {
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
}
