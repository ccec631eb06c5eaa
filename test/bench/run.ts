/**
 * `npm run bench`: the Article Extraction Benchmark (dev half) on Pith and on Readability alone, same pages,
 * same parse, same metric. See /work/shared/bench/README.md for the metric.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { ArgsError, USAGE, parseBenchArgs, type BenchArgs } from './args';
import { DatasetError, loadDataset, type BenchPage } from './dataset';
import { evaluatePage, type PageResult } from './evaluate';
import { diffPage } from './page-diff';
import { formatFailures, formatPage, formatSummary, formatWorst, writeJson } from './report';
import { summarise } from './summary';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_DATA = resolve(REPO_ROOT, '../shared/bench/aeb-dev');

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
  let pages: BenchPage[];
  try {
    pages = loadDataset(args.data ? resolve(args.data) : DEFAULT_DATA);
  } catch (error) {
    if (error instanceof DatasetError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  for (const page of pages) {
    if (page.decodeWarning) console.warn(`warning: ${page.id}: ${page.decodeWarning}`);
  }
  return args.page ? runOnePage(pages, args) : runAll(pages, args);
}

function runOnePage(pages: readonly BenchPage[], args: BenchArgs): number {
  const prefix = args.page ?? '';
  const matches = pages.filter((page) => page.id.startsWith(prefix));
  if (matches.length !== 1) {
    const found =
      matches.length === 0
        ? 'no page'
        : `${matches.length} pages (${matches.map((p) => p.id.slice(0, 12)).join(', ')})`;
    console.error(`--page ${prefix}: matches ${found}; give a prefix that names exactly one page id.`);
    return 2;
  }
  const page = matches[0] as BenchPage;
  const result = evaluatePage(page, args.dom);
  console.log(formatPage(result, diffPage(page.truth, result.texts.pith), 'pith'));
  return args.json
    ? saveJson(args, () => writeJson(args.json ?? '', args.dom, summarise([result]), [result]))
    : 0;
}

function runAll(pages: readonly BenchPage[], args: BenchArgs): number {
  const t0 = performance.now();
  const results: PageResult[] = [];
  for (const [i, page] of pages.entries()) {
    results.push(evaluatePage(page, args.dom));
    if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${pages.length}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r');
  const summary = summarise(results);
  console.log(formatSummary(summary, results.length, args.dom));
  console.log(`Wall time ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  console.log('');
  console.log(formatFailures(results));
  if (args.worst > 0) {
    console.log('');
    console.log(formatWorst(results, args.worst));
  }
  return args.json ? saveJson(args, () => writeJson(args.json ?? '', args.dom, summary, results)) : 0;
}

function saveJson(args: BenchArgs, write: () => void): number {
  try {
    write();
  } catch (error) {
    console.error(`Cannot write ${args.json}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  console.log(`\nPer-page numbers written to ${args.json}.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
