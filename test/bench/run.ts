/**
 * `npm run bench`: two data sets, three systems, one parse per page. The Article Extraction Benchmark (dev half,
 * its shingle metric) and trafilatura's evaluation set (dev half, its snippet metric), each on Pith, Readability
 * alone and Defuddle, with time per page. See /work/shared/bench/README.md for the data and the metrics.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { ArgsError, USAGE, parseBenchArgs, type BenchArgs, type BenchSet } from './args';
import { DatasetError, loadDataset, type BenchPage } from './dataset';
import { aebDumpLine, trafDumpLine, writeDump } from './dump';
import { evaluatePage, type PageResult } from './evaluate';
import { halfOf } from './halves';
import { diffPage } from './page-diff';
import { formatFailures, formatPage, formatSummary, formatWorst, writeJson } from './report';
import { summarise } from './summary';
import { loadTrafDataset, type TrafPage } from './traf-dataset';
import { evaluateTrafPage } from './traf-evaluate';
import { formatTrafPage, formatTrafSummary, formatTrafWorst } from './traf-report';
import { summariseTraf } from './traf-summary';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_DATA: Record<BenchSet, string> = {
  aeb: resolve(REPO_ROOT, '../shared/bench/aeb-dev'),
  traf: resolve(REPO_ROOT, '../shared/bench/traf-dev'),
};
const DEFAULT_DUMP_DIR = resolve(REPO_ROOT, 'test-results');

interface Sets {
  aeb: BenchPage[];
  traf: TrafPage[];
}

function main(argv: readonly string[]): number {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    if (error instanceof ArgsError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  let sets: Sets;
  try {
    sets = loadSets(args);
  } catch (error) {
    if (error instanceof DatasetError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  for (const page of sets.aeb) {
    if (page.decodeWarning) console.warn(`warning: ${page.id}: ${page.decodeWarning}`);
  }
  return args.page ? runOnePage(sets, args) : runAll(sets, args);
}

function loadSets(args: BenchArgs): Sets {
  const pick = <T extends { id: string }>(pages: T[]): T[] => {
    const inHalf = args.half ? pages.filter((page) => halfOf(page.id) === args.half) : pages;
    return args.pages === null ? inHalf : inHalf.slice(0, args.pages);
  };
  return {
    aeb: args.sets.includes('aeb')
      ? pick(loadDataset(args.data ? resolve(args.data) : DEFAULT_DATA.aeb))
      : [],
    traf: args.sets.includes('traf')
      ? pick(loadTrafDataset(args.trafData ? resolve(args.trafData) : DEFAULT_DATA.traf))
      : [],
  };
}

function runOnePage(sets: Sets, args: BenchArgs): number {
  const prefix = args.page ?? '';
  const aeb = sets.aeb.filter((page) => page.id.startsWith(prefix));
  const traf = sets.traf.filter((page) => page.id.startsWith(prefix));
  const count = aeb.length + traf.length;
  if (count !== 1) {
    const names = [...aeb, ...traf].map((p) => p.id.slice(0, 24)).join(', ');
    const found = count === 0 ? 'no page' : `${count} pages (${names})`;
    console.error(`--page ${prefix}: matches ${found}; give a prefix that names exactly one page.`);
    return 2;
  }
  const aebPage = aeb[0];
  if (aebPage) {
    const result = evaluatePage(aebPage, args.dom);
    console.log(formatPage(result, diffPage(aebPage.truth, result.texts.pith), 'pith'));
    return args.json ? saveJson(args, { aeb: { summary: summarise([result]), pages: [strip(result)] } }) : 0;
  }
  const result = evaluateTrafPage(traf[0] as TrafPage, args.dom);
  console.log(formatTrafPage(result));
  return args.json ? saveJson(args, { traf: { summary: summariseTraf([result]), pages: [result] } }) : 0;
}

function runAll(sets: Sets, args: BenchArgs): number {
  const t0 = performance.now();
  const json: Record<string, unknown> = { dom: args.dom, half: args.half, date: new Date().toISOString() };
  const dumpDir = args.dumpDir ? resolve(args.dumpDir) : DEFAULT_DUMP_DIR;
  const sections: string[] = [];

  if (sets.aeb.length > 0) {
    const results = progress(sets.aeb, 'aeb', (page) => evaluatePage(page, args.dom));
    const summary = summarise(results);
    const lines = results.map((result, i) =>
      aebDumpLine(result, diffPage((sets.aeb[i] as BenchPage).truth, result.texts.pith)),
    );
    const dump = writeDump(dumpDir, 'bench-aeb.jsonl', lines);
    sections.push(
      [
        formatSummary(summary, results.length, args.dom),
        formatFailures(results),
        args.worst > 0 ? `\n${formatWorst(results, args.worst)}` : '',
        `Per-page results: ${dump}`,
      ].join('\n'),
    );
    json.aeb = { summary, pages: results.map(strip) };
  }

  if (sets.traf.length > 0) {
    const results = progress(sets.traf, 'traf', (page) => evaluateTrafPage(page, args.dom));
    const summary = summariseTraf(results);
    const dump = writeDump(dumpDir, 'bench-traf.jsonl', results.map(trafDumpLine));
    sections.push(
      [
        formatTrafSummary(summary, results.length, args.dom),
        formatFailures(results),
        args.worst > 0 ? `\n${formatTrafWorst(results, args.worst)}` : '',
        `Per-page results: ${dump}`,
      ].join('\n'),
    );
    json.traf = { summary, pages: results };
  }

  console.log(sections.join('\n\n'));
  console.log(`\nWall time ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  return args.json ? saveJson(args, json) : 0;
}

function progress<P, R>(pages: readonly P[], label: string, run: (page: P) => R): R[] {
  const results: R[] = [];
  for (const [i, page] of pages.entries()) {
    results.push(run(page));
    if (process.stderr.isTTY) process.stderr.write(`\r${label} ${i + 1}/${pages.length}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  return results;
}

function strip({ texts: _texts, ...rest }: PageResult): Omit<PageResult, 'texts'> {
  return rest;
}

function saveJson(args: BenchArgs, body: unknown): number {
  try {
    writeJson(args.json ?? '', body);
  } catch (error) {
    console.error(`Cannot write ${args.json}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  console.log(`\nSummaries and per-page numbers written to ${args.json}.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
