import { describe, expect, it } from 'vitest';
import {
  countsFor,
  emptyHealth,
  mayBeStale,
  normaliseHealth,
  recordVisit,
  staleSiteRules,
  VISITS_KEPT,
} from '../../extension/shared/rule-health';
import { parseRules } from '../../src/rules/parse';

describe('rule health', () => {
  it('keeps what each rule removed on the last visits, and flags a rule that matched nothing lately', () => {
    let health = emptyHealth();
    const fired = [[{ ruleId: 'user:a', count: 2 }], [], [{ ruleId: 'user:b', count: 1 }], [], []];
    fired.forEach((rules, i) => (health = recordVisit(health, 'a.com', rules, i)));
    const visits = health.sites['a.com'] ?? [];
    expect(countsFor(visits, 'user:a')).toEqual([2, 0, 0, 0, 0]);
    expect(mayBeStale(visits, 'user:a')).toBe(true);
    // Removed one block three visits ago: not stale yet; one empty visit more and it is.
    expect(mayBeStale(visits, 'user:b')).toBe(false);
    health = recordVisit(health, 'a.com', [], 9);
    expect(mayBeStale(health.sites['a.com'] ?? [], 'user:b')).toBe(true);
    expect(health.sites['a.com']).toHaveLength(VISITS_KEPT);
  });

  it('does not call a rule stale before enough visits', () => {
    const health = recordVisit(recordVisit(emptyHealth(), 'a.com', [], 1), 'a.com', [], 2);
    expect(mayBeStale(health.sites['a.com'] ?? [], 'user:a')).toBe(false);
  });

  it('reads a damaged log as empty parts, never throws', () => {
    expect(normaliseHealth('x')).toEqual(emptyHealth());
    expect(
      normaliseHealth({ sites: { 'a.com': [{ at: 1, counts: { r: 1 } }, 7, null], 'b.com': 3 } }),
    ).toEqual({
      version: 1,
      sites: { 'a.com': [{ at: 1, counts: { r: 1 } }] },
    });
  });

  it('lists the site rules that removed nothing on the last visits, not exceptions and not rules that fired', () => {
    const rules = 'a.com##.gone\na.com##.alive\na.com#@#.kept';
    const parsed = parseRules(rules, 'user').rules;
    const alive = parsed.find((rule) => rule.source === 'a.com##.alive')?.id ?? '';
    let health = emptyHealth();
    for (let i = 0; i < 3; i++) health = recordVisit(health, 'a.com', [{ ruleId: alive, count: 1 }], i);
    expect(staleSiteRules(rules, health.sites['a.com'] ?? [])).toEqual(['a.com##.gone']);
    expect(staleSiteRules(rules, (health.sites['a.com'] ?? []).slice(1))).toEqual([]);
  });
});
