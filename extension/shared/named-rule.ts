/**
 * Adding a named rule to a site's own rules: `! reason: <name>` and the rule. A `! reason:` line names every rule
 * below it until the next one, so the pair goes first in the list; the rules that were there before keep the
 * reason they had (the default, when the list did not start with its own `! reason:`), and rules appended later
 * (the element picker's) keep theirs.
 */
import { parseRules } from '../../src/rules/parse';
import { fail, ok } from './messages';
import type { Result } from './messages';

/** The reason rules get when no `! reason:` line names them (`parseRules`' default). */
export const DEFAULT_RULE_REASON = 'Removed by a rule';
const NAME_CHARS = 80;

/** One line, no control characters, bounded: a name from a page's text or the user. */
export function ruleNameFrom(text: string, fallback: string): string {
  const flat = text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat === '') return fallback;
  return flat.length <= NAME_CHARS ? flat : `${flat.slice(0, NAME_CHARS - 1).trimEnd()}…`;
}

/** `userRules` with `! reason: name` and `rule` at the top; refused when the rule does not parse. */
export function addNamedRule(userRules: string, name: string, rule: string): Result<string> {
  const line = rule.trim();
  if (line === '' || /[\r\n]/.test(line)) return fail('invalid-rules', 'Write one rule on one line.');
  const parsed = parseRules(line, 'user');
  const error = parsed.errors[0];
  if (error || parsed.rules.length !== 1) {
    return fail('invalid-rules', `Pith cannot use "${line}" as a rule: ${error?.message ?? 'not a rule'}.`);
  }
  const lines = userRules.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  if (lines.some((l) => l.trim() === line)) return ok(lines.join('\n'));
  const firstNamed = /^!\s*reason\s*:/i.test(lines[0] ?? '');
  const reset = lines.length > 0 && !firstNamed ? [`! reason: ${DEFAULT_RULE_REASON}`] : [];
  return ok([`! reason: ${ruleNameFrom(name, 'Site template')}`, line, ...reset, ...lines].join('\n'));
}
