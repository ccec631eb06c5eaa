/**
 * The Article Extraction Benchmark's own metric (scrapinghub/article-extraction-benchmark, evaluate.py),
 * reimplemented step for step so our figures are comparable with the published table.
 */
import { exactMean } from './exact-mean';

/**
 * Python's `re` `\w` on a str is `str.isalnum() or '_'`: letters (L*), numbers (N*) and the underscore only.
 * JavaScript's `\w` is ASCII-only even with the `u` flag, and the tempting `[\p{L}\p{N}\p{M}\p{Pc}]` is wider
 * than Python (combining marks split Python tokens, e.g. Devanagari vowel signs; `‿` is Pc but not `\w`).
 * Checked over every code point against CPython 3.11: identical except for characters that Unicode 14
 * (CPython's table) leaves unassigned.
 */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export const SHINGLE_SIZE = 4;

/** Tokens are kept in order and case; anything that is not a word character separates them. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/**
 * Runs of `n` consecutive tokens, as keys. Fewer than `n` tokens give one shorter shingle; none give none.
 * The separator is a space, which no token can contain, so distinct token tuples never share a key.
 */
export function shingles(tokens: readonly string[], n: number = SHINGLE_SIZE): string[] {
  const out: string[] = [];
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length > 0) out.push(shingle.join(' '));
  }
  return out;
}

export function countShingles(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** tp/fp/fn of one page, already divided by their sum (all zero when both texts are empty). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatchTokens(trueTokens: readonly string[], predTokens: readonly string[]): PageCounts {
  const truth = countShingles(shingles(trueTokens));
  const pred = countShingles(shingles(predTokens));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...pred.keys()])) {
    const t = truth.get(key) ?? 0;
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  // Normalised so that every page weighs the same whatever its length.
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function shingleMatch(truth: string, prediction: string): PageCounts {
  return shingleMatchTokens(tokenize(truth), tokenize(prediction));
}

/** Edge cases in the benchmark's order: a perfect page is 1 even when empty; nothing kept at all is 0. */
export function precisionScore({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** A page's own F1, for ranking pages; the benchmark's F1 is taken from the means, see `aggregate`. */
export function pageF1(counts: PageCounts): number {
  const p = precisionScore(counts);
  const r = recallScore(counts);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export function tokensEqual(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  /** Share of pages whose token lists equal the truth's exactly. */
  accuracy: number;
  /** Pages that entered the precision mean (tp + fp > 0) and the recall mean (tp + fn > 0). */
  precisionPages: number;
  recallPages: number;
  pages: number;
}

/**
 * Precision is averaged over pages that predicted something, recall over pages whose truth has something;
 * F1 comes from the two means. NaN when a mean has no page (Python would raise there).
 */
export function aggregate(pages: readonly { counts: PageCounts; exact: boolean }[]): Summary {
  const precisions = pages
    .filter(({ counts }) => counts.tp + counts.fp > 0)
    .map(({ counts }) => precisionScore(counts));
  const recalls = pages
    .filter(({ counts }) => counts.tp + counts.fn > 0)
    .map(({ counts }) => recallScore(counts));
  const precision = mean(precisions);
  const recall = mean(recalls);
  return {
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall),
    accuracy: mean(pages.map(({ exact }) => (exact ? 1 : 0))),
    precisionPages: precisions.length,
    recallPages: recalls.length,
    pages: pages.length,
  };
}

/** Python's `statistics.mean`: exact sum, one rounding. NaN for no values (Python would raise). */
export function mean(values: readonly number[]): number {
  return exactMean(values);
}
