/** Whole-run trafilatura-set figures per system (all pages and each half). */
import { HALVES, type Half } from './halves';
import { SYSTEMS, type SystemName } from './systems';
import { speedOf, timingOf, type SpeedSummary, type Timing } from './timing';
import type { TrafPageResult } from './traf-evaluate';
import { aggregateTraf, type TrafSummary } from './traf-metric';

export interface TrafSystemSummary extends TrafSummary, Timing {
  failures: number;
}

export interface TrafRunSummary {
  systems: Record<SystemName, TrafSystemSummary>;
  halves: Partial<Record<Half, Record<SystemName, TrafSummary>>>;
  speed: SpeedSummary;
  medianParseMs: number;
  p90ParseMs: number;
  parseFailures: number;
}

export function summariseTraf(pages: readonly TrafPageResult[]): TrafRunSummary {
  const systems = {} as Record<SystemName, TrafSystemSummary>;
  for (const name of SYSTEMS) {
    const scores = pages.map((page) => page.systems[name]);
    systems[name] = {
      ...aggregateTraf(scores),
      ...timingOf(scores.map((score) => score.ms)),
      failures: scores.filter((score) => score.error !== null).length,
    };
  }
  const halves: TrafRunSummary['halves'] = {};
  for (const half of HALVES) {
    const inHalf = pages.filter((page) => page.half === half);
    if (inHalf.length === 0) continue;
    const bySystem = {} as Record<SystemName, TrafSummary>;
    for (const name of SYSTEMS) bySystem[name] = aggregateTraf(inHalf.map((page) => page.systems[name]));
    halves[half] = bySystem;
  }
  const parse = timingOf(pages.map((page) => page.parseMs));
  return {
    systems,
    halves,
    speed: speedOf(pages.map((page) => page.systems)),
    medianParseMs: parse.medianMs,
    p90ParseMs: parse.p90Ms,
    parseFailures: pages.filter((page) => page.parseError !== null).length,
  };
}
