/** Whole-run figures per system, and the Pith − Readability delta. */
import type { PageResult } from './evaluate';
import { aggregate, type Summary } from './metric';
import { median, percentile } from './stats';
import { SYSTEMS, type SystemName } from './systems';

export interface SystemSummary extends Summary {
  medianMs: number;
  p90Ms: number;
  failures: number;
}

export interface RunSummary {
  systems: Record<SystemName, SystemSummary>;
  /** Pith minus Readability, in points (× 100). */
  deltaPoints: { precision: number; recall: number; f1: number; accuracy: number };
  medianParseMs: number;
  p90ParseMs: number;
  parseFailures: number;
}

export function summarise(pages: readonly PageResult[]): RunSummary {
  const systems = {} as Record<SystemName, SystemSummary>;
  for (const name of SYSTEMS) {
    const scores = pages.map((page) => page.systems[name]);
    const ms = scores.flatMap((score) => (score.ms === null ? [] : [score.ms]));
    systems[name] = {
      ...aggregate(scores),
      medianMs: median(ms),
      p90Ms: percentile(ms, 90),
      failures: scores.filter((score) => score.error !== null).length,
    };
  }
  const parseMs = pages.flatMap((page) => (page.parseMs === null ? [] : [page.parseMs]));
  const points = (key: 'precision' | 'recall' | 'f1' | 'accuracy') =>
    (systems.pith[key] - systems.readability[key]) * 100;
  return {
    systems,
    deltaPoints: {
      precision: points('precision'),
      recall: points('recall'),
      f1: points('f1'),
      accuracy: points('accuracy'),
    },
    medianParseMs: median(parseMs),
    p90ParseMs: percentile(parseMs, 90),
    parseFailures: pages.filter((page) => page.parseError !== null).length,
  };
}
