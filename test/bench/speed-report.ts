/** The lines on time that both data sets print: Pith against Readability, and Pith stage by stage. */
import { ms } from './table';
import type { SpeedSummary } from './timing';

export function formatSpeed(speed: SpeedSummary): string {
  const lines = [
    `Speed: Pith / Readability = ${speed.ratioOfMedians.toFixed(2)}× (ratio of medians), ` +
      `${speed.medianPageRatio.toFixed(2)}× (median of per-page ratios); target ≤ 1.5×.`,
  ];
  if (speed.pithStages) {
    const stages = Object.entries(speed.pithStages)
      .map(([stage, value]) => `${stage} ${ms(value)}`)
      .join(', ');
    lines.push(`Pith stages, median ms per page: ${stages}.`);
  }
  return lines.join('\n');
}
