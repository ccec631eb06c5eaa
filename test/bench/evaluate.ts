/** Parses each page once, runs both systems on it and scores them with the benchmark metric. */
import { parseDocument, type DomImplementation } from '../../src/node';
import type { BenchPage } from './dataset';
import {
  pageF1,
  precisionScore,
  recallScore,
  shingleMatchTokens,
  tokenize,
  tokensEqual,
  type PageCounts,
} from './metric';
import { describeError, runPith, runReadability, SYSTEMS, type Prediction, type SystemName } from './systems';

export interface SystemScore {
  counts: PageCounts;
  precision: number;
  recall: number;
  f1: number;
  exact: boolean;
  /** null when the parse failed and the system never ran. */
  ms: number | null;
  error: string | null;
}

export interface PageResult {
  id: string;
  url: string;
  parseMs: number | null;
  parseError: string | null;
  systems: Record<SystemName, SystemScore>;
  /** Kept out of the JSON file; the page diff needs them. */
  texts: Record<SystemName, string>;
}

export function evaluatePage(page: BenchPage, dom: DomImplementation): PageResult {
  const truthTokens = tokenize(page.truth);
  const t0 = performance.now();
  let doc: Document | null = null;
  let parseError: string | null = null;
  try {
    doc = parseDocument(page.html, page.url, dom);
  } catch (error) {
    parseError = describeError(error);
  }
  const parseMs = doc ? performance.now() - t0 : null;
  // Readability runs first, on its own clone, so nothing Pith might do to the document can reach it.
  const predictions: Record<SystemName, Prediction | null> = {
    readability: doc ? runReadability(doc) : null,
    pith: doc ? runPith(doc, page.url) : null,
  };
  const systems = {} as Record<SystemName, SystemScore>;
  const texts = {} as Record<SystemName, string>;
  for (const name of SYSTEMS) {
    const prediction = predictions[name];
    texts[name] = prediction?.text ?? '';
    systems[name] = score(truthTokens, prediction, parseError);
  }
  return { id: page.id, url: page.url, parseMs, parseError, systems, texts };
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
  };
}
