import { describe, expect, it } from 'vitest';
import { appliesTo, buildRuleSet, hostMatches } from '../../src/rules/rule-set';
import { parseRules } from '../../src/rules/parse';

describe('which rules apply to a page', () => {
  it('a host matches itself and its subdomains, not look-alikes; `example.*` matches any suffix', () => {
    expect(hostMatches('example.com', 'example.com')).toBe(true);
    expect(hostMatches('news.example.com', 'example.com')).toBe(true);
    expect(hostMatches('badexample.com', 'example.com')).toBe(false);
    expect(hostMatches('example.co.uk', 'example.*')).toBe(true);
    expect(hostMatches('example.org', 'example.*')).toBe(true);
    expect(hostMatches('', 'example.com')).toBe(false);
  });

  it('~host excludes a subdomain from a site rule', () => {
    const [rule] = parseRules('example.com,~m.example.com##.x', 'user').rules;
    if (!rule) throw new Error('no rule');
    expect(appliesTo(rule, 'www.example.com')).toBe(true);
    expect(appliesTo(rule, 'm.example.com')).toBe(false);
    expect(appliesTo(rule, 'other.org')).toBe(false);
  });

  it('an exception cancels the hiding rule with the same selector on its site only; disabled ids drop out', () => {
    const userRules = '##.promo\nexample.com#@#.promo\n##.share';
    const onSite = buildRuleSet({ url: 'https://example.com/a', userRules, builtin: false });
    expect(onSite.hiding.map((r) => r.rule.selectorText)).toEqual(['.share']);
    expect(onSite.protecting.map((r) => r.rule.selectorText)).toEqual(['.promo']);
    const elsewhere = buildRuleSet({ url: 'https://other.org/a', userRules, builtin: false });
    expect(elsewhere.hiding.map((r) => r.rule.selectorText)).toEqual(['.promo', '.share']);
    const shareId = elsewhere.hiding[1]?.rule.id ?? '';
    const disabled = buildRuleSet({
      url: 'https://other.org/a',
      userRules,
      builtin: false,
      disabledRuleIds: [shareId],
    });
    expect(disabled.hiding.map((r) => r.rule.selectorText)).toEqual(['.promo']);
  });

  it('reports the parse errors of the user rules and still uses the good lines', () => {
    const set = buildRuleSet({ url: 'https://example.com/', userRules: '||ads^\n##.ok', builtin: false });
    expect(set.errors).toHaveLength(1);
    expect(set.hiding).toHaveLength(1);
  });
});
