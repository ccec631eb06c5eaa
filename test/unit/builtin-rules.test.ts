import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseDocument, type DomImplementation } from '../../src/node';
import { BUILTIN_PACKS } from '../../src/rules/builtin-packs.generated';
import { parseRules } from '../../src/rules/parse';
import { compileSelector } from '../../src/rules/procedural';

const SAMPLE = `<html><body><article><h2>Comments</h2><p>Text <a href="#">link</a></p>
<div class="share-bar"><span>Share</span></div><section><p>Source link</p></section></article></body></html>`;

describe('built-in rule packs', () => {
  const all = Object.entries(BUILTIN_PACKS).flatMap(([pack, text]) => {
    const parsed = parseRules(text, pack);
    return parsed.rules.map((rule) => ({ rule, errors: parsed.errors }));
  });

  it('every pack parses without errors and has a reason for each rule', () => {
    for (const [pack, text] of Object.entries(BUILTIN_PACKS)) {
      const { rules, errors } = parseRules(text, pack);
      expect(errors, pack).toEqual([]);
      expect(rules.length, pack).toBeGreaterThan(0);
      for (const rule of rules) expect(rule.reason, rule.id).not.toBe('Removed by a rule');
    }
  });

  it('rule ids are unique', () => {
    const ids = all.map(({ rule }) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each<DomImplementation>(['jsdom', 'linkedom'])('every selector runs on %s', (dom) => {
    const doc = parseDocument(SAMPLE, 'https://example.com/a', dom);
    for (const { rule } of all) {
      expect(() => compileSelector(rule.selectorText).match(doc.body), rule.source).not.toThrow();
    }
  });

  it('the generated module is up to date with the .txt files', () => {
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen-rule-packs.ts', '--check'], {
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});
