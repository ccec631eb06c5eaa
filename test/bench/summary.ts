/** Whole-run AEB figures per system (all pages and each half), and the Pith − Readability delta. */
import type { PageResult } from './evaluate';
import { HALVES, type Half } from './halves';
import { aggregate, type Summary } from './metric';
import { SYSTEMS, type SystemName } from './systems';
import { speedOf, timingOf, type SpeedSummary, type Timing } from './timing';

export interface SystemSummary extends Summary, Timing {
  failures: number;
}

export interface RunSummary {
  systems: Record<SystemName, SystemSummary>;
  /** The same metric on each fixed half (see halves.ts); empty halves are left out. */
  halves: Partial<Record<Half, Record<SystemName, Summary>>>;
  /** Pith minus Readability, in points (× 100). */
  deltaPoints: { precision: number; recall: number; f1: number; accuracy: number };
  speed: SpeedSummary;
  medianParseMs: number;
  p90ParseMs: number;
  parseFailures: number;
}

export function summarise(pages: readonly PageResult[]): RunSummary {
  const systems = {} as Record<SystemName, SystemSummary>;
  for (const name of SYSTEMS) {
    const scores = pages.map((page) => page.systems[name]);
    systems[name] = {
      ...aggregate(scores),
      ...timingOf(scores.map((score) => score.ms)),
      failures: scores.filter((score) => score.error !== null).length,
    };
  }
  const halves: RunSummary['halves'] = {};
  for (const half of HALVES) {
    const inHalf = pages.filter((page) => page.half === half);
    if (inHalf.length === 0) continue;
    const bySystem = {} as Record<SystemName, Summary>;
    for (const name of SYSTEMS) bySystem[name] = aggregate(inHalf.map((page) => page.systems[name]));
    halves[half] = bySystem;
  }
  const parse = timingOf(pages.map((page) => page.parseMs));
  const points = (key: 'precision' | 'recall' | 'f1' | 'accuracy') =>
    (systems.pith[key] - systems.readability[key]) * 100;
  return {
    systems,
    halves,
    deltaPoints: {
      precision: points('precision'),
      recall: points('recall'),
      f1: points('f1'),
      accuracy: points('accuracy'),
    },
    speed: speedOf(pages.map((page) => page.systems)),
    medianParseMs: parse.medianMs,
    p90ParseMs: parse.p90Ms,
    parseFailures: pages.filter((page) => page.parseError !== null).length,
  };
}
