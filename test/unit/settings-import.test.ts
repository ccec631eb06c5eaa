import { describe, expect, it } from 'vitest';
import { planImport } from '../../extension/shared/import-plan';
import { readImportFile } from '../../extension/shared/settings-file';
import type { ImportFile } from '../../extension/shared/settings-file';
import { defaultSettings, exportSettings, normaliseSettings } from '../../extension/shared/storage';
import type { StoredSettings } from '../../extension/shared/storage';

const CURRENT: StoredSettings = normaliseSettings({
  version: 2,
  sites: {
    'a.com': { autoClean: true, userRules: 'a.com##.promo', disabledRuleIds: ['share:abc'] },
    'keep.org': { builtinRules: false },
    'kept.net': {
      userRules: 'kept.net#@#div.share-tools',
      keptText: { 'kept.net#@#div.share-tools': 'Share on X Email this story' },
    },
  },
  globalRules: '! reason: Mine\n##.mine',
  reader: { theme: 'dark', font: 'sans', fontSize: 21, lineWidth: 70 },
  disabledPacks: ['cookies'],
});

function fileOf(text: string): ImportFile {
  const read = readImportFile(text);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

function exportOf(settings: unknown, version = 2): string {
  return JSON.stringify({ format: 'pith-settings', version, settings });
}

describe('import round trip', () => {
  it('export → import (replace) gives identical settings, and so does a merge into empty settings', () => {
    const file = fileOf(exportSettings(CURRENT));
    expect(planImport(defaultSettings(), file, 'replace').next).toEqual(CURRENT);
    expect(planImport(defaultSettings(), file, 'merge').next).toEqual(CURRENT);
    expect(planImport(CURRENT, file, 'replace').changes).toEqual([]);
    expect(planImport(CURRENT, file, 'merge').changes).toEqual([]);
  });
});

describe('site memory settings in an export', () => {
  it('round-trip: the switches and a kept learned block (`memory:<print>`, with its dot) survive', () => {
    const settings = normaliseSettings({
      version: 2,
      sites: { 'news.example': { memory: false, disabledRuleIds: ['memory:bieacbk.pjkx60l', 'share:abc'] } },
      globalRules: '',
      siteMemory: false,
    });
    const file = fileOf(exportSettings(settings));
    expect(planImport(defaultSettings(), file, 'replace').next).toEqual(settings);
    expect(settings.siteMemory).toBe(false);
    expect(settings.sites['news.example']?.memory).toBe(false);
    expect(() =>
      fileOf(exportOf({ sites: { 'a.com': { memory: 'no' } }, globalRules: '', reader: {} })),
    ).toThrow(/memory" should be true or false/);
  });
});

describe('bad files change nothing and say which field is wrong', () => {
  it.each([
    ['empty', '', /empty/],
    ['broken JSON', '{"format": "pith-settings", ', /not valid JSON/],
    ['a stranger’s JSON', JSON.stringify({ sites: {} }), /not a Pith settings export/],
    ['a future version', exportOf({}, 99), /version number 99/],
    [
      'no settings',
      JSON.stringify({ format: 'pith-settings', version: 2 }),
      /"settings" should be an object/,
    ],
    ['settings: {}', exportOf({}), /"settings.sites" is missing/],
    [
      'sites: []',
      exportOf({ sites: [], globalRules: '', reader: {} }),
      /"settings.sites" should be an object of sites, but it is a list/,
    ],
    [
      'a site that is a number',
      exportOf({ sites: { 'a.com': 7 }, globalRules: '', reader: {} }),
      /"settings.sites\["a.com"\]" should be an object/,
    ],
    [
      'a switch that is text',
      exportOf({ sites: { 'a.com': { autoClean: 'yes' } }, globalRules: '', reader: {} }),
      /"settings.sites\["a.com"\].autoClean" should be true or false, but it is the text "yes"/,
    ],
    [
      'a host that is not a host',
      exportOf({ sites: { 'a.com,b##x': {} }, globalRules: '', reader: {} }),
      /keyed by a host name/,
    ],
    [
      'rule ids that are not ids',
      exportOf({ sites: { 'a.com': { disabledRuleIds: [3] } }, globalRules: '', reader: {} }),
      /disabledRuleIds\[0\]" should be a rule id/,
    ],
    [
      'global rules that are a number',
      exportOf({ sites: {}, globalRules: 42, reader: {} }),
      /"settings.globalRules" should be text, but it is number 42/,
    ],
    [
      'an invalid global rule',
      exportOf({ sites: {}, globalRules: '##.ok\n||ads.com^', reader: {} }),
      /"settings.globalRules", line 2, column 1: Not a cosmetic filter/,
    ],
    [
      'an invalid site rule',
      exportOf({ sites: { 'a.com': { userRules: '##div:style(x)' } }, globalRules: '', reader: {} }),
      /userRules", line 1, column \d+: The operator :style\(\)/,
    ],
    [
      'a kept block text that is not text',
      exportOf({
        sites: { 'a.com': { userRules: 'a.com#@#.x', keptText: { 'a.com#@#.x': 3 } } },
        globalRules: '',
        reader: {},
      }),
      /"settings.sites\["a.com"\].keptText\["a.com#@#.x"\]" should be text, but it is number 3/,
    ],
    [
      'a rule line too long',
      exportOf({ sites: {}, globalRules: `##.${'a'.repeat(5000)}`, reader: {} }),
      /longer than 4000/,
    ],
    [
      'packs switched off that are not a list',
      exportOf({ sites: {}, globalRules: '', reader: {}, disabledPacks: 'cookies' }),
      /"settings.disabledPacks" should be a list of pack names, but it is the text "cookies"/,
    ],
    [
      'a pack name that is not a name',
      exportOf({ sites: {}, globalRules: '', reader: {}, disabledPacks: ['cookies', '<b>'] }),
      /"settings.disabledPacks\[1\]" should be a pack name such as "cookies"/,
    ],
    [
      'a reader theme it does not know',
      exportOf({ sites: {}, globalRules: '', reader: { theme: 'neon' } }),
      /"settings.reader.theme" should be "system", "light", "sepia" or "dark"/,
    ],
    [
      'a font size out of range',
      exportOf({ sites: {}, globalRules: '', reader: { fontSize: 400 } }),
      /fontSize" should be a number from 10 to 40/,
    ],
    ['a list with no rule Pith can run', '||ads.example.com^\n@@||x.com^', /None of the 2 rules/],
  ])('%s', (_name, text, message) => {
    const read = readImportFile(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe('invalid-import');
    expect(read.error.message).toMatch(message);
    // Plain words: no replacement characters or mojibake in what the user reads.
    expect(read.error.message).not.toMatch(/\uFFFD|â€|Ã/);
  });
});

describe('merge and replace', () => {
  const incoming = fileOf(
    exportOf({
      sites: {
        'a.com': {
          autoClean: false,
          userRules: 'a.com##.promo\na.com##.rail',
          disabledRuleIds: ['promos:xyz'],
        },
        'new.net': { autoClean: true },
      },
      globalRules: '! reason: Theirs\n##.mine\n##.theirs',
      reader: { theme: 'sepia', font: 'serif', fontSize: 18, lineWidth: 60 },
    }),
  );

  it('merge keeps what the file does not mention and combines rule lists', () => {
    const plan = planImport(CURRENT, incoming, 'merge');
    expect(plan.next.sites['keep.org']).toEqual({ builtinRules: false });
    expect(plan.next.sites['a.com']).toEqual({
      autoClean: false,
      userRules: 'a.com##.promo\na.com##.rail',
      disabledRuleIds: ['share:abc', 'promos:xyz'],
    });
    expect(plan.next.globalRules).toBe('! reason: Mine\n##.mine\n! reason: Theirs\n##.theirs');
    expect(plan.changes.map((c) => `${c.kind} ${c.what}`)).toEqual([
      'replace Site a.com',
      'add Site new.net',
      'replace Your rules for every site',
      'replace Reader preferences',
    ]);
  });

  it('merge adds the file’s switched-off packs to ours; replace takes the file’s, so none here turns all back on', () => {
    const theirs = fileOf(exportOf({ sites: {}, globalRules: '', reader: {}, disabledPacks: ['share'] }));
    const merged = planImport(CURRENT, theirs, 'merge');
    expect(merged.next.disabledPacks).toEqual(['cookies', 'share']);
    expect(merged.changes).toContainEqual({
      kind: 'replace',
      what: 'Built-in packs switched off',
      detail: 'cookies → cookies, share',
    });
    const replaced = planImport(CURRENT, incoming, 'replace');
    expect(replaced.next.disabledPacks).toBeUndefined();
    expect(replaced.changes).toContainEqual({
      kind: 'remove',
      what: 'Built-in packs switched off',
      detail: 'cookies → none',
    });
  });

  it('replace makes the settings exactly the file, and lists what goes', () => {
    const plan = planImport(CURRENT, incoming, 'replace');
    expect(plan.next).toEqual(incoming.kind === 'settings' ? incoming.settings : null);
    expect(plan.changes).toContainEqual({
      kind: 'remove',
      what: 'Site keep.org',
      detail: 'built-in rules off',
    });
  });
});

describe('a pasted uBlock Origin list', () => {
  const list = [
    '[Adblock Plus 2.0]',
    '! Title: Someone’s list',
    '||ads.example.com^',
    'example.com##.sidebar-ad',
    'example.com##+js(set-constant, x, 1)',
    '##.newsletter-box',
    'example.com#$#body { overflow: auto }',
    '@@||example.com^$ghide',
  ].join('\n');

  it('keeps the cosmetic rules and lists every skipped line with its reason', () => {
    const file = fileOf(list);
    expect(file.kind).toBe('rules');
    if (file.kind !== 'rules') return;
    expect(file.skipped.map((e) => e.line)).toEqual([3, 5, 7, 8]);
    expect(file.skipped[1]?.message).toMatch(/Scriptlet/);
    const plan = planImport(CURRENT, file, 'merge');
    expect(plan.skipped).toHaveLength(4);
    expect(plan.next.globalRules).toBe(
      '! reason: Mine\n##.mine\n! reason: Removed by a rule\nexample.com##.sidebar-ad\n##.newsletter-box',
    );
    expect(plan.next.sites).toEqual(CURRENT.sites);
    expect(planImport(CURRENT, file, 'replace').next.globalRules).toContain('example.com##.sidebar-ad');
  });
});
