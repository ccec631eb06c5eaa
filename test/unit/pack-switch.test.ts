/**
 * A built-in pack switched off in the options page (`StoredSettings.disabledPacks`) reaches the engine through the
 * same function the extension uses (`cleanOptionsFor`), really stops its rules, and the popup's report offers no
 * switch for the pack's rules: turning them on or off on a site would change nothing while the pack is off.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildPageReport } from '../../extension/content/page-report';
import { cleanOptionsFor, globalRulesOf, NO_GLOBAL_RULES } from '../../extension/shared/clean-options';
import { normaliseSettings } from '../../extension/shared/storage';
import { parseDocument } from '../../src/node';

const url = 'https://harbour.example/report';
const consent = 'Choose how this site may use your data';
const page = `<!doctype html><html><head><title>Harbour report</title></head><body><main><article>
  <h1>Harbour report</h1>
  ${'<p>The harbour authority counted more boats this spring than in any year since the survey began, and the ferry operators said the new timetable had helped them keep up with demand.</p>'.repeat(6)}
  <div id="onetrust-consent-sdk"><p>${consent} before you continue reading.</p></div>
</article></main></body></html>`;
const parse = (html: string): Document => new JSDOM(html).window.document;
const cookieIds = (ids: readonly string[]): string[] => ids.filter((id) => id.startsWith('cookies:'));

describe('a built-in pack switched off', () => {
  it('goes from the settings into the engine options only when some pack is off', () => {
    const off = globalRulesOf(normaliseSettings({ globalRules: '##.ad', disabledPacks: ['cookies'] }));
    expect(cleanOptionsFor(url, {}, { global: off }).disabledPacks).toEqual(['cookies']);
    expect(cleanOptionsFor(url, {}, { global: NO_GLOBAL_RULES })).not.toHaveProperty('disabledPacks');
    // "Clean this site" off already runs no rule at all.
    expect(cleanOptionsFor(url, { builtinRules: false }, { global: off })).not.toHaveProperty(
      'disabledPacks',
    );
  });

  it('the popup report keeps the block and lists no switch for the pack’s rules', () => {
    const doc = parseDocument(page, url, 'jsdom');
    const on = buildPageReport(doc, url, {}, { parse });
    expect(on.result.text).not.toContain(consent);
    expect(on.reasons.flatMap((g) => cookieIds(g.ruleIds)).length).toBeGreaterThan(0);

    const global = globalRulesOf(normaliseSettings({ disabledPacks: ['cookies'] }));
    // Even a cookie rule switched off on this site earlier gets no switch while its pack is off.
    const earlier = cookieIds(on.reasons.flatMap((g) => g.ruleIds)).slice(0, 1);
    const off = buildPageReport(doc, url, { disabledRuleIds: earlier }, { global, parse });
    expect(off.result.text).toContain(consent);
    expect(off.reasons.flatMap((g) => cookieIds(g.ruleIds))).toEqual([]);
    expect(off.result.removed.filter((r) => r.ruleId.startsWith('cookies:'))).toEqual([]);
  });
});
