/** Names for rule ids, so a switched-off rule shows as what it does ("Share buttons: ##.share-bar"), not an id. */
import { HEURISTICS } from '../../src/heuristics/index';
import { builtinRules } from '../../src/rules/builtin';
import { parseRules } from '../../src/rules/parse';

export interface RuleName {
  /** The reason users see in the popup: "Share buttons". */
  reason: string;
  /** What it is: the rule's line, or "heuristic", or a note that it no longer exists. */
  detail: string;
}

/** `userRules`: the site's and global rule text, where `user:` ids come from. */
export function ruleName(id: string, userRules: string): RuleName {
  const rule =
    builtinRules().find((r) => r.id === id) ?? parseRules(userRules, 'user').rules.find((r) => r.id === id);
  if (rule)
    return {
      reason: rule.reason,
      detail: `${rule.pack === 'user' ? 'your rule' : `${rule.pack} pack`}: ${rule.source}`,
    };
  if (id.startsWith('memory:'))
    return { reason: 'Learned block you kept', detail: `site memory (block ${id.slice('memory:'.length)})` };
  const heuristic = HEURISTICS.find((h) => `heuristic:${h.name}` === id);
  if (heuristic) return { reason: heuristic.reason, detail: `heuristic (${heuristic.name})` };
  return { reason: id, detail: 'a rule that no longer exists' };
}
