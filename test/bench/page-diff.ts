/**
 * Where a prediction and the truth disagree, as readable text: the shingles that count as false positives
 * (kept but not in the truth) or false negatives (in the truth but not kept), merged into runs of tokens.
 */
import { SHINGLE_SIZE, countShingles, shingles, tokenize } from './metric';

export interface TextRun {
  /** Index of the first token of the run in its text. */
  start: number;
  tokens: string[];
}

export interface PageDiff {
  /** Prediction text the truth lacks. */
  extra: TextRun[];
  /** Truth text the prediction lacks. */
  missed: TextRun[];
}

export function diffPage(truth: string, prediction: string): PageDiff {
  const truthTokens = tokenize(truth);
  const predTokens = tokenize(prediction);
  return {
    extra: unmatchedRuns(predTokens, countShingles(shingles(truthTokens))),
    missed: unmatchedRuns(truthTokens, countShingles(shingles(predTokens))),
  };
}

/**
 * A shingle occurring k times here and m times in the other text matches min(k, m) times; which occurrences
 * match is not defined by the metric, so the first ones in reading order are taken as matched.
 */
function unmatchedRuns(tokens: readonly string[], other: Map<string, number>): TextRun[] {
  const keys = shingles(tokens);
  const budget = new Map(other);
  const unmatched = keys.map((key) => {
    const left = budget.get(key) ?? 0;
    if (left > 0) budget.set(key, left - 1);
    return left === 0;
  });
  const runs: TextRun[] = [];
  let i = 0;
  while (i < unmatched.length) {
    if (!unmatched[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < unmatched.length && unmatched[j + 1]) j++;
    // Shingle positions i..j cover tokens i .. j + SHINGLE_SIZE - 1.
    const end = Math.min(tokens.length, j + SHINGLE_SIZE);
    const previous = runs.at(-1);
    if (previous && previous.start + previous.tokens.length >= i) {
      // Runs a matched shingle or two apart overlap in tokens: show them as one stretch of text.
      previous.tokens = tokens.slice(previous.start, end);
    } else {
      runs.push({ start: i, tokens: tokens.slice(i, end) });
    }
    i = j + 1;
  }
  return runs;
}
