import { describe, expect, it } from 'vitest';
import { addRuleLine, exceptionRule, removeRuleLine, setRuleEnabled } from '../../extension/popup/site-edits';
import { parseTabId } from '../../extension/popup/state';
import { cleanHtml } from '../../src/node';

const HTML = `<html><head><title>T</title></head><body><main><article><h1>T</h1>
<p>${'The river rose all night and the town watched it from the bridge. '.repeat(6)}</p>
<div class="share-buttons">The volunteers kept a log of the water level through the night at the old mill.</div>
<p>${'By morning the water had gone down and the shops opened as usual on the high street. '.repeat(6)}</p>
</article></main></body></html>`;

describe('popup site edits', () => {
  it('writes a "Keep this" exception the engine honours for that site', () => {
    const url = 'https://news.example/story';
    const before = cleanHtml(HTML, { url, dom: 'jsdom' });
    const cut = before.removed.find((b) => b.ruleId.startsWith('share:'));
    expect(cut).toBeDefined();
    const rule = exceptionRule('news.example', cut?.where ?? '');
    expect(rule).toBe(`news.example#@#${cut?.where}`);
    const after = cleanHtml(HTML, { url, dom: 'jsdom', rules: addRuleLine('', rule) });
    expect(after.text).toContain('The volunteers kept a log');
    expect(after.removed.some((b) => b.where === cut?.where)).toBe(false);
    // Another site is not affected.
    const elsewhere = cleanHtml(HTML, { url: 'https://other.example/', dom: 'jsdom', rules: rule });
    expect(elsewhere.text).not.toContain('The volunteers kept a log');
  });

  it('keeps an exception to one line, whatever the path holds', () => {
    expect(exceptionRule('a.example', ' body >\n main ')).toBe('a.example#@#body > main');
  });

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
