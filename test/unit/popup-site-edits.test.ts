import { describe, expect, it } from 'vitest';
import { addRuleLine, removeRuleLine, setRuleEnabled } from '../../extension/popup/site-edits';
import { parseTabId } from '../../extension/popup/state';

describe('popup site edits', () => {
  it('adds a rule line once, and removes it without touching the others', () => {
    const rules = addRuleLine('a.example##.ad\n\n', 'a.example#@#main > div');
    expect(rules).toBe('a.example##.ad\na.example#@#main > div');
    expect(addRuleLine(rules, 'a.example#@#main > div')).toBe(rules);
    expect(removeRuleLine(rules, 'a.example#@#main > div')).toBe('a.example##.ad');
  });

  it('switches rule ids off and on, sorted and without duplicates', () => {
    expect(setRuleEnabled(['share:4'], 'comments:2', false)).toEqual(['comments:2', 'share:4']);
    expect(setRuleEnabled(['share:4', 'comments:2'], 'share:4', false)).toEqual(['comments:2', 'share:4']);
    expect(setRuleEnabled(['share:4'], 'share:4', true)).toEqual([]);
  });
});

describe('popup tab parameter', () => {
  it('reads ?tab= (and ?tabId=) as a tab id, and ignores anything else', () => {
    expect(parseTabId('?tab=12')).toBe(12);
    expect(parseTabId('?tabId=7')).toBe(7);
    expect(parseTabId('?tab=abc')).toBeUndefined();
    expect(parseTabId('?tab=-1')).toBeUndefined();
    expect(parseTabId('')).toBeUndefined();
  });
});
