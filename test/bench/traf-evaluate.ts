/** Parses each trafilatura page once, runs every system on it and scores them with trafilatura's metric. */
import type { DomImplementation } from '../../src/node';
import { halfOf, type Half } from './halves';
import { parseAndRun } from './parse-and-run';
import { SYSTEMS, type PithStages, type SystemName } from './systems';
import { readTrafHtml, type TrafPage } from './traf-dataset';
import { scoreTrafPage, type TrafPageScore } from './traf-metric';

export interface TrafSystemScore extends TrafPageScore {
  /** null when the page could not be read or parsed and the system never ran. */
  ms: number | null;
  error: string | null;
  stages?: PithStages;
}

export interface TrafPageResult {
  id: string;
  url: string;
  half: Half;
  parseMs: number | null;
  parseError: string | null;
  systems: Record<SystemName, TrafSystemScore>;
}

export function evaluateTrafPage(page: TrafPage, dom: DomImplementation): TrafPageResult {
  let run;
  try {
    run = parseAndRun(readTrafHtml(page), page.url, dom);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    run = { parseMs: null, parseError: `cannot read: ${message}`, predictions: null };
  }
  const systems = {} as Record<SystemName, TrafSystemScore>;
  for (const name of SYSTEMS) {
    const prediction = run.predictions?.[name] ?? null;
    // A crash, or no prediction at all, is scored as an empty output: it finds nothing.
    const text = prediction && prediction.error === null ? prediction.text : '';
    systems[name] = {
      ...scoreTrafPage(text, page),
      ms: prediction?.ms ?? null,
      error: prediction ? prediction.error : `parse failed: ${run.parseError ?? 'unknown error'}`,
      ...(prediction?.stages ? { stages: prediction.stages } : {}),
    };
  }
  return {
    id: page.id,
    url: page.url,
    half: halfOf(page.id),
    parseMs: run.parseMs,
    parseError: run.parseError,
    systems,
  };
}
