/** Parses each AEB page once, runs every system on it and scores them with the benchmark metric. */
import type { DomImplementation } from '../../src/node';
import type { BenchPage } from './dataset';
import { halfOf, type Half } from './halves';
import {
  pageF1,
  precisionScore,
  recallScore,
  shingleMatchTokens,
  tokenize,
  tokensEqual,
  type PageCounts,
} from './metric';
import { parseAndRun } from './parse-and-run';
import { SYSTEMS, type PithStages, type Prediction, type SystemName } from './systems';

export interface SystemScore {
  counts: PageCounts;
  precision: number;
  recall: number;
  f1: number;
  exact: boolean;
  /** null when the parse failed and the system never ran. */
  ms: number | null;
  error: string | null;
  stages?: PithStages;
}

export interface PageResult {
  id: string;
  url: string;
  half: Half;
  parseMs: number | null;
  parseError: string | null;
  systems: Record<SystemName, SystemScore>;
  /** Kept out of the JSON file; the page diff needs them. */
  texts: Record<SystemName, string>;
}

export function evaluatePage(page: BenchPage, dom: DomImplementation): PageResult {
  const truthTokens = tokenize(page.truth);
  const { parseMs, parseError, predictions } = parseAndRun(page.html, page.url, dom);
  const systems = {} as Record<SystemName, SystemScore>;
  const texts = {} as Record<SystemName, string>;
  for (const name of SYSTEMS) {
    const prediction = predictions?.[name] ?? null;
    texts[name] = prediction?.text ?? '';
    systems[name] = score(truthTokens, prediction, parseError);
  }
  return { id: page.id, url: page.url, half: halfOf(page.id), parseMs, parseError, systems, texts };
}

function score(
  truthTokens: readonly string[],
  prediction: Prediction | null,
  parseError: string | null,
): SystemScore {
  const predTokens = tokenize(prediction?.text ?? '');
  const counts = shingleMatchTokens(truthTokens, predTokens);
  return {
    counts,
    precision: precisionScore(counts),
    recall: recallScore(counts),
    f1: pageF1(counts),
    exact: tokensEqual(truthTokens, predTokens),
    ms: prediction?.ms ?? null,
    error: prediction ? prediction.error : `parse failed: ${parseError ?? 'unknown error'}`,
    ...(prediction?.stages ? { stages: prediction.stages } : {}),
  };
}
