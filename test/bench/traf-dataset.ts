/**
 * Loads the trafilatura evaluation pages (`eval.json` and `html/<file>`). Bytes are decoded as a browser would,
 * with the CLI's decoder (BOM, `<meta charset>`, UTF-8, else windows-1252); each page is read only when it runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../../src/cli/decode';
import { DatasetError } from './dataset';

export interface TrafPage {
  /** The file name, as in `eval.json` (may hold spaces and non-ASCII characters). */
  id: string;
  url: string;
  with: string[];
  without: string[];
  /** Absolute path of the page's bytes. */
  path: string;
}

export function loadTrafDataset(dir: string): TrafPage[] {
  const evalFile = join(dir, 'eval.json');
  const htmlDir = join(dir, 'html');
  if (!existsSync(evalFile) || !existsSync(htmlDir)) {
    throw new DatasetError(
      `Benchmark data not found in ${dir}: expected ${evalFile} and ${htmlDir}/. ` +
        'It lives in /work/shared/bench/traf-dev (../shared/bench/traf-dev from the repo root); pass --traf-data DIR.',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(evalFile, 'utf8'));
  } catch (error) {
    throw new DatasetError(
      `Cannot read ${evalFile}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!Array.isArray(raw)) throw new DatasetError(`${evalFile} should be an array of pages.`);
  const pages = raw.map((entry, i) => toPage(entry, i, evalFile, htmlDir));
  const missing = pages.filter((page) => !existsSync(page.path));
  if (missing.length > 0) {
    throw new DatasetError(
      `${missing.length} page(s) of ${evalFile} have no file in ${htmlDir}: ${missing.map((p) => p.id).join(', ')}`,
    );
  }
  return pages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function readTrafHtml(page: TrafPage): string {
  return decodeHtml(readFileSync(page.path)).text;
}

function toPage(entry: unknown, index: number, evalFile: string, htmlDir: string): TrafPage {
  const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
  const strings = (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((item) => typeof item === 'string');
  const { file, url } = record;
  if (typeof file !== 'string' || file === '' || typeof url !== 'string') {
    throw new DatasetError(`${evalFile}: entry ${index} needs a string "file" and "url".`);
  }
  if (!strings(record.with) || !strings(record.without)) {
    throw new DatasetError(`${evalFile}: entry ${index} (${file}) needs string arrays "with" and "without".`);
  }
  return { id: file, url, with: record.with, without: record.without, path: join(htmlDir, file) };
}
