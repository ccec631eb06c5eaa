/**
 * The popup's switches, by reason: every rule and heuristic that gives a reason on this site, fired or not.
 * Switching a reason off must switch off all of them, or another rule with the same reason cuts the block
 * again and the switch says it worked while nothing changed (issue 8).
 */
import { HEURISTICS } from '../../src/heuristics';
import { PAGE_CHROME_HEURISTICS, pageLandmarks } from '../../src/heuristics/page-chrome';
import { buildRuleSet } from '../../src/rules/rule-set';
import type { CleanOptions, CleanResult } from '../../src/types';
import type { ReasonGroup } from '../shared/messages';

/**
 * Learned blocks kept with "Keep this" (their `memory:<print>` ids switched off on the site): one switch, so they
 * can be cut again from the popup. Each learned cut's own reason says on how many pages it repeats.
 */
export const KEPT_LEARNED_REASON = 'Learned blocks you kept here';

/** Readability's own cuts have no rule to switch off; they are not listed as switches. */
const isReadability = (ruleId: string): boolean => ruleId.startsWith('readability:');

export function reasonGroups(
  result: CleanResult,
  options: CleanOptions,
  disabledRuleIds: readonly string[],
): ReasonGroup[] {
  // Every rule on this site, including those switched off (so a reason that is off can be switched back on).
  const rules = buildRuleSet({
    url: options.url,
    userRules: options.rules,
    builtin: options.builtinRules !== false,
    // A pack switched off everywhere offers no switch here: turning its rules on or off would change nothing.
    disabledPacks: options.disabledPacks,
  }).hiding.map(({ rule }) => ({ ruleId: rule.id, reason: rule.reason, text: rule.source }));
  // The heuristics that can run in this mode ("Clean anyway" runs only the page-chrome ones).
  const chromeMode = options.rulesOnly === true && options.pageChrome === true;
  const runnable = chromeMode
    ? [...HEURISTICS.filter((h) => PAGE_CHROME_HEURISTICS.has(h.name)), pageLandmarks]
    : HEURISTICS;
  const heuristics =
    options.heuristics === false && !disabledRuleIds.some((id) => id.startsWith('heuristic:'))
      ? []
      : runnable.map((h) => ({
          ruleId: `heuristic:${h.name}`,
          reason: h.reason,
          text: `heuristic: ${h.name}`,
        }));
  const byReason = new Map<string, ReasonGroup>();
  const group = (reason: string): ReasonGroup => {
    let g = byReason.get(reason);
    if (!g) {
      g = { reason, count: 0, ruleIds: [], sources: [] };
      byReason.set(reason, g);
    }
    return g;
  };
  for (const block of result.removed) if (!isReadability(block.ruleId)) group(block.reason).count++;
  const off = new Set(disabledRuleIds);
  // Only reasons that fired here or are switched off here are listed; the rest would be noise.
  const listed = new Set([...byReason.keys()]);
  for (const entry of [...rules, ...heuristics]) if (off.has(entry.ruleId)) listed.add(entry.reason);
  for (const entry of [...rules, ...heuristics]) {
    if (!listed.has(entry.reason)) continue;
    const g = group(entry.reason);
    g.ruleIds.push(entry.ruleId);
    g.sources.push({ ruleId: entry.ruleId, text: entry.text });
  }
  const keptLearned = disabledRuleIds.filter((id) => id.startsWith('memory:'));
  if (keptLearned.length > 0) {
    const g = group(KEPT_LEARNED_REASON);
    listed.add(KEPT_LEARNED_REASON);
    for (const id of keptLearned) {
      g.ruleIds.push(id);
      g.sources.push({ ruleId: id, text: `site memory: block ${id.slice('memory:'.length)}` });
    }
  }
  // A fired rule that is not in the set (a learned cut, `memory:<print>`) still gets a switch.
  for (const block of result.removed) {
    if (isReadability(block.ruleId)) continue;
    const g = group(block.reason);
    if (!g.ruleIds.includes(block.ruleId)) {
      g.ruleIds.push(block.ruleId);
      g.sources.push({ ruleId: block.ruleId, text: block.ruleId });
    }
  }
  return [...byReason.values()].filter((g) => listed.has(g.reason) || g.count > 0);
}
