/** Plain-text tables and number formats for the bench's output. */

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
