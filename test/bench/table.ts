/** Plain-text tables and number formats for the bench's output, shared by both data sets' reports. */
import { HALVES, type Half } from './halves';
import { SYSTEMS, SYSTEM_LABELS, type SystemName } from './systems';

export const f3 = (x: number): string => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));
export const ms = (x: number): string => (Number.isNaN(x) ? 'n/a' : x.toFixed(1));
export const signed = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(2);

export function table(rows: readonly string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  // The last column (often a URL) is left unpadded so long cells do not stretch every line.
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Precision, recall and F1 as both metrics report them, with the number of pages behind them. */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/**
 * One row per system (`cells` gives its columns after the name), then the Pith − Readability row. `header`
 * names every column, the system's included.
 */
export function systemsTable(
  header: string[],
  cells: (name: SystemName) => string[],
  delta: string[],
): string {
  const rows = SYSTEMS.map((name) => [SYSTEM_LABELS[name], ...cells(name)]);
  const blanks = header.slice(delta.length + 1).map(() => '');
  return table([header, ...rows, ['Δ Pith − Readability (points)', ...delta, ...blanks]]);
}

/** P / R / F1 of each system on the dev half and on the check half, side by side; empty unless both ran. */
export function halvesTable(halves: Partial<Record<Half, Record<SystemName, Scores>>>): string {
  const present = HALVES.filter((half) => halves[half]);
  if (present.length < 2) return '';
  const header = ['half', ...SYSTEMS.map((name) => `${SYSTEM_LABELS[name]} P / R / F1`)];
  const rows = present.map((half) => {
    const bySystem = halves[half];
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

/** The pages Pith does worst on, then the pages where it loses to Readability (both already chosen and sorted). */
export function worstTables<P>(
  header: string[],
  row: (page: P) => string[],
  worst: { title: string; pages: readonly P[] },
  losses: { title: string; pages: readonly P[] },
): string {
  return [
    worst.title,
    table([header, ...worst.pages.map(row)]),
    '',
    losses.pages.length === 0
      ? 'No page where Pith scores below Readability.'
      : `${losses.title}\n${table([header, ...losses.pages.map(row)])}`,
  ].join('\n');
}
