/** Time per page, per system, and where Pith's time goes, stage by stage. */
import { median, percentile } from './stats';
import type { PithStages } from './systems';

export interface Timing {
  medianMs: number;
  p90Ms: number;
}

export interface SpeedSummary {
  /** Pith's median time over Readability's median time, same pages, same run. */
  ratioOfMedians: number;
  /** The median over pages of Pith's time / Readability's time on that page. */
  medianPageRatio: number;
  /** Median per page of each of Pith's stages (`CleanResult.stats.ms`). */
  pithStages: PithStages | null;
}

export function timingOf(ms: readonly (number | null)[]): Timing {
  const values = ms.filter((x): x is number => x !== null);
  return { medianMs: median(values), p90Ms: percentile(values, 90) };
}

interface TimedPage {
  pith: { ms: number | null; stages?: PithStages };
  readability: { ms: number | null };
}

export function speedOf(pages: readonly TimedPage[]): SpeedSummary {
  const both = pages.filter((p) => p.pith.ms !== null && p.readability.ms !== null && p.readability.ms > 0);
  const pith = both.map((p) => p.pith.ms as number);
  const readability = both.map((p) => p.readability.ms as number);
  const stages = pages.flatMap((p) => (p.pith.stages ? [p.pith.stages] : []));
  let pithStages: PithStages | null = null;
  if (stages.length > 0) {
    const first = stages[0] as PithStages;
    pithStages = { ...first };
    for (const key of Object.keys(first) as (keyof PithStages)[]) {
      pithStages[key] = median(stages.map((s) => s[key]));
    }
  }
  return {
    ratioOfMedians: median(pith) / median(readability),
    medianPageRatio: median(both.map((_, i) => (pith[i] as number) / (readability[i] as number))),
    pithStages,
  };
}
