/** The "rules that fired" list: what fired on the page, plus rules the user switched off here (so they can undo). */
import type { CleanResult } from '../../src/types';

export interface RuleEntry {
  ruleId: string;
  reason: string;
  count: number;
  enabled: boolean;
}

export interface RulesView {
  entries: RuleEntry[];
  /** Blocks Readability left out: counted, not switchable. */
  readabilityCount: number;
}

/**
 * `knownReasons` remembers reasons seen earlier in this popup, because a switched-off rule no longer fires and
 * so no longer reports its reason.
 */
export function rulesView(
  fired: CleanResult['firedRules'],
  disabled: readonly string[],
  knownReasons: ReadonlyMap<string, string>,
): RulesView {
  const entries: RuleEntry[] = [];
  let readabilityCount = 0;
  for (const rule of fired) {
    if (rule.ruleId.startsWith('readability:')) readabilityCount += rule.count;
    else entries.push({ ...rule, enabled: !disabled.includes(rule.ruleId) });
  }
  for (const ruleId of disabled) {
    if (entries.some((e) => e.ruleId === ruleId)) continue;
    entries.push({ ruleId, reason: knownReasons.get(ruleId) ?? ruleId, count: 0, enabled: false });
  }
  return { entries, readabilityCount };
}
