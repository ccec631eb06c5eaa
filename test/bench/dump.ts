/**
 * The per-page jsonl dump for failure analysis: one line per page with each system's scores, time and, for
 * the trafilatura set, the `with` snippets it missed and the `without` snippets it leaked; for AEB, the runs of
 * text Pith kept that the truth lacks and the runs it missed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageResult } from './evaluate';
import type { PageDiff } from './page-diff';
import type { TrafPageResult } from './traf-evaluate';

export function aebDumpLine(page: PageResult, pithDiff: PageDiff): string {
  const { id, url, half, parseMs, parseError, systems } = page;
  return JSON.stringify({
    set: 'aeb',
    id,
    url,
    half,
    parseMs,
    parseError,
    systems,
    pithExtra: pithDiff.extra.map((run) => run.tokens.join(' ')),
    pithMissed: pithDiff.missed.map((run) => run.tokens.join(' ')),
  });
}

export function trafDumpLine(page: TrafPageResult): string {
  return JSON.stringify({ set: 'traf', ...page });
}

/** Writes `lines` to DIR/NAME and returns the path. */
export function writeDump(dir: string, name: string, lines: readonly string[]): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, lines.map((line) => `${line}\n`).join(''));
  return file;
}
