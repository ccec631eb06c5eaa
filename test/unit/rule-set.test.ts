import { describe, expect, it } from 'vitest';
import { appliesTo, buildRuleSet, hostMatches } from '../../src/rules/rule-set';
import { parseRules } from '../../src/rules/parse';
import { cleanHtml } from '../../src/node';

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

describe('built-in packs switched off', () => {
  const url = 'https://example.com/a';
  const packsOf = (set: ReturnType<typeof buildRuleSet>): Set<string> =>
    new Set(set.hiding.map((r) => r.rule.pack));

  it('a pack that is off contributes no rule; the other packs and the user rules stay', () => {
    const all = buildRuleSet({ url, userRules: '##.mine' });
    expect(packsOf(all)).toContain('cookies');
    const off = buildRuleSet({ url, userRules: '##.mine', disabledPacks: ['cookies'] });
    expect(packsOf(off)).not.toContain('cookies');
    expect(packsOf(off)).toContain('share');
    expect(off.hiding.filter((r) => r.rule.pack !== 'cookies')).toHaveLength(
      all.hiding.filter((r) => r.rule.pack !== 'cookies').length,
    );
    expect(off.hiding.some((r) => r.rule.selectorText === '.mine')).toBe(true);
  });

  it('naming "user" as a pack never switches off the user’s own rules', () => {
    const set = buildRuleSet({ url, userRules: '##.mine', builtin: false, disabledPacks: ['user'] });
    expect(set.hiding.map((r) => r.rule.selectorText)).toEqual(['.mine']);
  });
});

describe('built-in packs switched off, through the engine', () => {
  const page = `<!doctype html><html><head><title>Harbour report</title></head><body><main><article>
    <h1>Harbour report</h1>
    ${'<p>The harbour authority counted more boats this spring than in any year since the survey began, and the ferry operators said the new timetable had helped them keep up with demand.</p>'.repeat(6)}
    <div id="onetrust-consent-sdk"><p>Choose how this site may use your data before you continue reading.</p></div>
  </article></main></body></html>`;
  const consent = 'Choose how this site may use your data';

  it('the cookies pack cuts the consent box; with the pack off the engine keeps it', () => {
    const on = cleanHtml(page, { url: 'https://example.com/harbour' });
    expect(on.text).not.toContain(consent);
    expect(on.removed.some((r) => r.ruleId.startsWith('cookies:'))).toBe(true);
    const off = cleanHtml(page, { url: 'https://example.com/harbour', disabledPacks: ['cookies'] });
    expect(off.text).toContain(consent);
    expect(off.removed.some((r) => r.ruleId.startsWith('cookies:'))).toBe(false);
  });
});
