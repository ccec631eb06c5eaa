import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../src/rules/builtin-packs.generated';
import { parseRules } from '../../src/rules/parse';
import { normaliseRuleText, ruleIdFor } from '../../src/rules/rule-id';

/** Rule id → source line, for one parse of a pack. */
function idsOf(text: string, pack: string): Map<string, string> {
  return new Map(parseRules(text, pack).rules.map((rule) => [rule.id, rule.source]));
}

describe('rule ids come from the rule text', () => {
  const [pack, text] = Object.entries(BUILTIN_PACKS).find(([, t]) => t.split('\n').length > 10) ?? ['', ''];

  it('keep every rule id when a pack gains lines above, between and below its rules', () => {
    const lines = text.split('\n');
    const grown = lines.flatMap((line, i) =>
      i % 3 === 0 ? ['! reason: Inserted', '##.inserted-' + i, line] : [line],
    );
    const before = idsOf(text, pack);
    const after = idsOf(grown.join('\n'), pack);
    expect(before.size).toBeGreaterThan(5);
    for (const [id, source] of before) expect(after.get(id), source).toBe(source);
  });

  it('keep every rule id when the rules of a pack are reordered', () => {
    const reversed = text.split('\n').reverse().join('\n');
    const before = idsOf(text, pack);
    const after = idsOf(reversed, pack);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, source] of before) expect(after.get(id)).toBe(source);
  });

  it('differ between packs and between rules', () => {
    expect(ruleIdFor('share', '##.a')).not.toBe(ruleIdFor('promos', '##.a'));
    expect(ruleIdFor('share', '##.a')).not.toBe(ruleIdFor('share', '##.b'));
    expect(ruleIdFor('share', '##.a')).toMatch(/^share:[0-9a-z]{1,7}$/);
  });

  it('are the same for two spellings of one filter', () => {
    expect(normaliseRuleText('  Example.com , ~M.example.com ##  .x  ')).toBe(
      'example.com,~m.example.com##.x',
    );
    expect(ruleIdFor('user', 'A.com#@#.keep')).toBe(ruleIdFor('user', 'a.com#@# .keep'));
    // The selector's case is part of the filter.
    expect(ruleIdFor('user', '##.X')).not.toBe(ruleIdFor('user', '##.x'));
  });

  it('count a filter written twice once, with the first reason', () => {
    const { rules } = parseRules('! reason: First\n##.a\n! reason: Second\n##.a\n##.b', 'p');
    expect(rules.map((r) => [r.source, r.reason])).toEqual([
      ['##.a', 'First'],
      ['##.b', 'Second'],
    ]);
  });
});
