/** The one line under the title: what Pith did here, in numbers only where the numbers mean something. */
import { isOn } from '../../shared/storage';
import type { PopupState } from '../controller';

const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export function summaryText(state: PopupState): string {
  const report = state.report;
  if (state.phase === 'loading') return 'Reading the page…';
  if (!report) return '';
  if (state.phase === 'not-article') return 'Not an article';
  const { result, settings } = report;
  const byReadability = result.removed.filter((b) => b.ruleId.startsWith('readability:')).length;
  const byPith = result.removed.length - byReadability;
  if (!isOn(settings.builtinRules)) {
    return `Pith is off here · Readability alone · ${plural(result.stats.wordsAfter, 'word')} kept`;
  }
  if (state.rulesOnly) return `Whole page · ${plural(byPith, 'block')} of page chrome cut`;
  return `${result.stats.wordsBefore.toLocaleString('en')} → ${plural(result.stats.wordsAfter, 'word')} · ${plural(byPith, 'block')} cut by Pith, ${byReadability} left out by Readability`;
}

export function renderSummary(el: HTMLElement, state: PopupState): void {
  el.textContent = summaryText(state);
}
