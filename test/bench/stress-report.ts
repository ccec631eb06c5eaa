/**
 * The stress targets, measured (`npm run bench:stress`): each generated page of `stress-pages.ts` cleaned in Node
 * on jsdom and on linkedom, each run in a fresh process so its peak memory is its own, and in Chromium (the
 * engine bundled as the extension ships it, on the page as loaded; `--no-browser` to skip). Prints parse time,
 * engine time (`stats.ms.total`), peak RSS, and whether the result says "too large". The peak is the process's,
 * parse included (jsdom's parse of a huge page needs more than the engine); in Node on Linux, "clean +N MB" is
 * how far RSS rose above what it was after the parse while `clean()` ran: the engine's own share. Timings are
 * reported, not asserted: the unit tests check each page gives a defined result.
 *
 *   npm run bench:stress [-- --page NAME-PREFIX] [--dom jsdom|linkedom] [--no-browser | --no-node] [--json FILE]
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { limitHtml, parseDocument, type DomImplementation } from '../../src/node';
import { clean } from '../../src/pipeline';
import { peakRssMb, resetPeakRss } from './peak-rss';
import { cleanInChromium } from './stress-browser';
import { stressPages, MB, type StressPage } from './stress-pages';

export interface StressRow {
  page: string;
  where: DomImplementation | 'chromium';
  mb: number;
  parseMs: number;
  engineMs: number;
  /** The engine's CPU time in this process (Node only): what stays comparable on a machine shared with others. */
  engineCpuMs?: number;
  /**
   * Wall time of the whole `clean()` call: `stats.ms.total` times one cleaning pass, not the clobbering scan
   * before it, the JSON-LD check after it, or a second pass.
   */
  cleanMs?: number;
  /** Peak RSS of the whole process: the parse's peak included (jsdom's, on a huge page, is most of it). */
  peakMb: number;
  /** RSS once the page is parsed, just before `clean()` (Node only). */
  rssBeforeCleanMb?: number;
  /**
   * How far RSS rose above `rssBeforeCleanMb` while `clean()` ran: the engine's own share of the memory (Node on
   * Linux only; see peak-rss.ts).
   */
  cleanPeakMb?: number;
  tooLarge: boolean;
  textChars: number;
  error?: string;
}

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: '' },
    dom: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    /** Chromium only. */
    'no-node': { type: 'boolean', default: false },
    json: { type: 'string' },
    /** Internal: measure one page on one DOM in this process and print the row as JSON. */
    one: { type: 'string' },
  },
});

/** RSS as `maxRSS` counts it (KiB / 1024), so the peaks compare. */
const MiB = 1024 * 1024;

function measureHere(page: StressPage, dom: DomImplementation): StressRow {
  const t0 = performance.now();
  const doc = parseDocument(page.html, 'https://news.example/a', dom);
  const parseMs = performance.now() - t0;
  const canReset = resetPeakRss();
  const rssBefore = process.memoryUsage().rss / MiB;
  const cpu0 = process.cpuUsage();
  const t1 = performance.now();
  const result = clean(doc, { url: 'https://news.example/a' });
  const cleanMs = performance.now() - t1;
  const cpu = process.cpuUsage(cpu0);
  const cleanPeak = canReset ? peakRssMb() : null;
  // cleanHtml's own warning, for HTML past MAX_HTML_CHARS (parseDocument cut it already).
  const truncated = limitHtml(page.html).truncated;
  return {
    page: page.name,
    where: dom,
    mb: page.html.length / MB,
    parseMs,
    engineMs: result.stats.ms.total,
    engineCpuMs: (cpu.user + cpu.system) / 1000,
    cleanMs,
    peakMb: process.resourceUsage().maxRSS / 1024,
    rssBeforeCleanMb: rssBefore,
    ...(cleanPeak === null ? {} : { cleanPeakMb: Math.max(0, cleanPeak - rssBefore) }),
    tooLarge: truncated || result.warnings.some((w) => w.code === 'too-large'),
    textChars: result.text.length,
  };
}

function measureInChild(page: StressPage, dom: DomImplementation): StressRow {
  const script = fileURLToPath(import.meta.url);
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, '--one', `${page.name}:${dom}`], {
      encoding: 'utf8',
      maxBuffer: 16 * MB,
    });
    return JSON.parse(out.trim().split('\n').pop() ?? '') as StressRow;
  } catch (error) {
    const message = String((error as { stderr?: string }).stderr ?? error).split('\n')[0] ?? '';
    return { ...emptyRow(page, dom), error: message };
  }
}

function emptyRow(page: StressPage, where: StressRow['where']): StressRow {
  return {
    page: page.name,
    where,
    mb: page.html.length / MB,
    parseMs: 0,
    engineMs: 0,
    peakMb: 0,
    tooLarge: false,
    textChars: 0,
  };
}

function print(row: StressRow): void {
  const cells = [
    row.page.padEnd(18),
    row.where.padEnd(9),
    `${row.mb.toFixed(1)} MB`.padStart(8),
    `parse ${Math.round(row.parseMs)} ms`.padStart(16),
    `engine ${Math.round(row.engineMs)} ms`.padStart(17),
    row.engineCpuMs === undefined ? '' : `(cpu ${Math.round(row.engineCpuMs)} ms)`.padStart(16),
    row.cleanMs === undefined ? '' : `clean() ${Math.round(row.cleanMs)} ms`.padStart(17),
    `peak ${Math.round(row.peakMb)} MB`.padStart(13),
    row.cleanPeakMb === undefined ? '' : `(clean +${Math.round(row.cleanPeakMb)} MB)`.padStart(17),
    row.tooLarge ? 'too large' : 'whole    ',
    `text ${row.textChars}`,
  ];
  console.log(row.error ? `${cells.slice(0, 3).join(' ')}  FAILED: ${row.error}` : cells.join(' '));
}

if (values.one) {
  const [name, dom] = values.one.split(':') as [string, DomImplementation];
  const page = stressPages().find((p) => p.name === name);
  if (!page) throw new Error(`no stress page ${name}`);
  console.log(JSON.stringify(measureHere(page, dom)));
} else {
  const pages = stressPages().filter((p) => p.name.startsWith(values.page ?? ''));
  const doms = (values.dom ? [values.dom] : ['jsdom', 'linkedom']) as DomImplementation[];
  console.log(
    `stress pages on ${availableParallelism()} cores (Node ${process.version}); one process per run`,
  );
  const rows: StressRow[] = [];
  for (const page of values['no-node'] ? [] : pages) {
    for (const dom of doms) {
      const row = measureInChild(page, dom);
      rows.push(row);
      print(row);
    }
  }
  if (!values['no-browser']) {
    for (const row of await cleanInChromium(pages)) {
      rows.push(row);
      print(row);
    }
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2));
}
