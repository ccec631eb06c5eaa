import { describe, expect, it } from 'vitest';
import { parseRules } from '../../src/rules/parse';
import { ruleIdFor } from '../../src/rules/rule-id';

describe('parseRules (uBO cosmetic syntax)', () => {
  it('reads generic, site, excluded-host and exception rules with the reason above them', () => {
    const { rules, errors } = parseRules(
      [
        '! reason: Share buttons',
        '##.share-bar',
        'example.com,~m.example.com##.related',
        'example.com#@#.related',
      ].join('\n'),
      'share',
    );
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.id, r.reason, r.hosts, r.excludedHosts, r.exception, r.selectorText])).toEqual(
      [
        [ruleIdFor('share', '##.share-bar'), 'Share buttons', [], [], false, '.share-bar'],
        [
          ruleIdFor('share', 'example.com,~m.example.com##.related'),
          'Share buttons',
          ['example.com'],
          ['m.example.com'],
          false,
          '.related',
        ],
        [
          ruleIdFor('share', 'example.com#@#.related'),
          'Share buttons',
          ['example.com'],
          [],
          true,
          '.related',
        ],
      ],
    );
  });

  it('gives user rules ids that do not move when lines are added above', () => {
    const a = parseRules('##.x', 'user').rules[0]?.id;
    const b = parseRules('##.y\n\n##.x', 'user').rules[1]?.id;
    expect(a).toMatch(/^user:/);
    expect(a).toBe(b);
  });

  it.each([
    ['||ads.example.com^', 1, /network filters/],
    ['example.com##+js(nowebrtc)', 12, /Scriptlet/],
    ['##div:style(color: red)', 6, /:style\(\) is not supported/],
    ['exa mple.com##.x', 1, /Invalid host/],
    ['##', 3, /Missing selector/],
    ['##div:has-text(/(unclosed/)', 16, /Invalid regular expression/],
    ['##div:upward(0)', 14, /1 to 256/],
    ['##:has-text(x)', 3, /must start with plain CSS/],
    ['##div:not(:has-text(x))', 11, /cannot be nested/],
    ['example.com#$#body { color: red }', 12, /Unsupported filter type/],
  ])('rejects %s with a line and column', (line, column, message) => {
    const { rules, errors } = parseRules(`##.fine\n${line}`, 'user');
    expect(rules).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, column });
    expect(errors[0]?.message).toMatch(message);
  });

  it('skips comments, blank lines and list headers', () => {
    expect(parseRules('[Adblock Plus 2.0]\n! a comment\n\n##.a', 'x').rules).toHaveLength(1);
  });
});
