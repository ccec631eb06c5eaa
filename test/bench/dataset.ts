/** Loads the AEB dev pages and their ground truth, failing with a message that says what is missing. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchPage {
  id: string;
  url: string;
  html: string;
  truth: string;
  /** Set when the bytes were not valid UTF-8 and were decoded with replacement characters. */
  decodeWarning: string | null;
}

export class DatasetError extends Error {}

export function loadDataset(dir: string): BenchPage[] {
  const htmlDir = join(dir, 'html');
  const truthFile = join(dir, 'ground-truth.json');
  if (!existsSync(htmlDir) || !existsSync(truthFile)) {
    throw new DatasetError(
      `Benchmark data not found in ${dir}: expected ${htmlDir}/ and ${truthFile}. ` +
        'It lives in /work/shared/bench/aeb-dev (../shared/bench/aeb-dev from the repo root); pass --data DIR to point elsewhere.',
    );
  }
  const truth = readTruth(truthFile);
  const ids = readdirSync(htmlDir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort();
  if (ids.length === 0) throw new DatasetError(`No .html pages in ${htmlDir}.`);
  const missing = ids.filter((id) => !truth.has(id));
  if (missing.length > 0) {
    throw new DatasetError(
      `ground-truth.json has no entry for ${missing.length} page(s): ${missing.join(', ')}`,
    );
  }
  return ids.map((id) => {
    const entry = truth.get(id) as TruthEntry;
    const { text, warning } = decodeUtf8(readFileSync(join(htmlDir, `${id}.html`)));
    return { id, url: entry.url, html: text, truth: entry.articleBody, decodeWarning: warning };
  });
}

interface TruthEntry {
  url: string;
  articleBody: string;
}

function readTruth(file: string): Map<string, TruthEntry> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DatasetError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new DatasetError(`${file} should be an object keyed by page id.`);
  }
  const entries = new Map<string, TruthEntry>();
  for (const [id, value] of Object.entries(raw)) {
    const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const { url, articleBody } = record;
    if (typeof url !== 'string') throw new DatasetError(`${file}: entry ${id} has no string "url".`);
    // The benchmark treats a missing body as empty text.
    if (articleBody !== undefined && typeof articleBody !== 'string') {
      throw new DatasetError(`${file}: entry ${id} has a non-string "articleBody".`);
    }
    entries.set(id, { url, articleBody: articleBody ?? '' });
  }
  return entries;
}

function decodeUtf8(bytes: Uint8Array): { text: string; warning: string | null } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: null };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), warning: 'not valid UTF-8; decoded with U+FFFD' };
  }
}
