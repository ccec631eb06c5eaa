import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READER_PREFS,
  isOn,
  migrate,
  normaliseSettings,
  SETTINGS_KEY,
  SettingsStore,
  siteOrDefault,
} from '../../extension/shared/storage';
import { readImportFile } from '../../extension/shared/settings-file';
import { LEGACY_BUILTIN_RULE_TEXT } from '../../extension/shared/legacy-rule-ids';
import { BUILTIN_PACKS } from '../../src/rules/builtin-packs.generated';
import { parseRules } from '../../src/rules/parse';
import { hashText } from '../../src/rules/rule-id';
import { FakeArea } from './storage-fake-area';
import type { SiteSettings } from '../../extension/shared/storage';

const QUOTA = 'QUOTA_BYTES quota exceeded';

describe('defaults and normalisation', () => {
  it('treats only an exact false as off', () => {
    expect(isOn(undefined)).toBe(true);
    expect(isOn(true)).toBe(true);
    expect(isOn(false)).toBe(false);
  });

  it('merges defaults under damaged values', () => {
    const settings = normaliseSettings({
      version: 1,
      sites: { 'a.com': { builtinRules: 'no', autoClean: true, disabledRuleIds: ['x', 3] }, 'b.com': 7 },
      globalRules: 42,
      reader: { theme: 'neon', fontSize: 22, lineWidth: 500 },
    });
    expect(settings.sites).toEqual({ 'a.com': { autoClean: true, disabledRuleIds: ['x'] } });
    expect(settings.globalRules).toBe('');
    expect(settings.reader).toEqual({ ...DEFAULT_READER_PREFS, fontSize: 22 });
    expect(siteOrDefault(settings, 'a.com').builtinRules).toBe(true);
    expect(siteOrDefault(settings, 'unknown.org')).toEqual({
      builtinRules: true,
      autoClean: false,
      disabledRuleIds: [],
      userRules: '',
      memory: true,
    });
  });
});

describe('kept block text beside "Keep this" exceptions', () => {
  it('keeps a sample only for an exception still in the site rules, bounded', () => {
    const settings = normaliseSettings({
      sites: {
        'a.com': {
          userRules: 'a.com##.ad\na.com#@#div.share-tools',
          keptText: {
            'a.com#@#div.share-tools': 'Share on X',
            'a.com#@#div.gone': 'Removed since',
            'a.com##.ad': 'Not an exception',
            'a.com#@#div.x': 4,
          },
        },
        'b.com': { userRules: 'b.com#@#.long', keptText: { 'b.com#@#.long': 'x'.repeat(5000) } },
        'c.com': { keptText: { 'c.com#@#.x': 'no rules left' } },
      },
    });
    expect(settings.sites['a.com']?.keptText).toEqual({ 'a.com#@#div.share-tools': 'Share on X' });
    expect(settings.sites['b.com']?.keptText?.['b.com#@#.long']).toHaveLength(200);
    expect(settings.sites['c.com']).toEqual({});
  });
});

describe('migrations', () => {
  it('moves the v0 flat disabledHosts list to v1 per-site settings', () => {
    const { settings, migratedFrom } = migrate({
      disabledHosts: ['News.example.com', ' blog.example.org ', 5, ''],
    });
    expect(migratedFrom).toEqual([0, 1]);
    expect(settings.version).toBe(2);
    expect(settings.sites).toEqual({
      'news.example.com': { builtinRules: false },
      'blog.example.org': { builtinRules: false },
    });
  });

  it('leaves an empty area at defaults without migrating', () => {
    expect(migrate({})).toEqual({ settings: normaliseSettings({}), migratedFrom: [] });
  });

  it('writes the migrated settings back and removes the legacy key on load', async () => {
    const area = new FakeArea({ disabledHosts: ['old.example'] });
    const store = new SettingsStore(area);
    const loaded = await store.load();
    expect(loaded.ok).toBe(true);
    expect(area.data.disabledHosts).toBeUndefined();
    expect(area.data[SETTINGS_KEY]).toMatchObject({
      version: 2,
      sites: { 'old.example': { builtinRules: false } },
    });
  });

  it('reads a newer version it does not know without writing over it', async () => {
    const area = new FakeArea({
      [SETTINGS_KEY]: { version: 9, sites: { 'a.com': { autoClean: true } }, extra: 1 },
    });
    const store = new SettingsStore(area);
    const loaded = await store.load();
    expect(loaded.ok && loaded.value.sites['a.com']).toEqual({ autoClean: true });
    expect(area.writes).toBe(0);
  });
});

describe('built-in packs switched off (an optional field: no version step)', () => {
  it('settings from before packs could be switched (v0, v1, v2) load with every pack on', () => {
    for (const raw of [
      { disabledHosts: ['a.com'] },
      { [SETTINGS_KEY]: { version: 1, sites: {}, globalRules: '', reader: {} } },
      { [SETTINGS_KEY]: { version: 2, sites: {}, globalRules: '', reader: {} } },
    ]) {
      expect(migrate(raw).settings.disabledPacks).toBeUndefined();
    }
  });

  it('keeps pack names once each, sorted; drops what is not a name', () => {
    const settings = normaliseSettings({ disabledPacks: ['share', 'cookies', 'share', 7, '', 'a b', '<x>'] });
    expect(settings.disabledPacks).toEqual(['cookies', 'share']);
    expect(normaliseSettings({ disabledPacks: 'cookies' }).disabledPacks).toBeUndefined();
    expect(normaliseSettings({ disabledPacks: [] })).not.toHaveProperty('disabledPacks');
  });

  it('a pack switched off survives a store round trip and a migration from v1', async () => {
    const area = new FakeArea({
      [SETTINGS_KEY]: { version: 1, sites: {}, globalRules: '', reader: {}, disabledPacks: ['cookies'] },
    });
    const loaded = await new SettingsStore(area).load();
    expect(loaded.ok && loaded.value.disabledPacks).toEqual(['cookies']);
    await new SettingsStore(area).update((draft) => {
      draft.disabledPacks = [...(draft.disabledPacks ?? []), 'share'];
    });
    const again = await new SettingsStore(area).load();
    expect(again.ok && again.value.disabledPacks).toEqual(['cookies', 'share']);
  });
});

describe('migration to rule ids from text (v1 → v2)', () => {
  const builtin = Object.entries(BUILTIN_PACKS).flatMap(([pack, text]) => parseRules(text, pack).rules);

  it('carries a switched-off built-in rule from its old line id to the same rule', () => {
    const { settings, migratedFrom } = migrate({
      [SETTINGS_KEY]: {
        version: 1,
        sites: { 'a.com': { disabledRuleIds: ['share:3', 'comments:7', 'heuristic:dateline', 'gone:99'] } },
      },
    });
    expect(migratedFrom).toEqual([1]);
    const ids = settings.sites['a.com']?.disabledRuleIds ?? [];
    const sources = ids.map((id) => builtin.find((rule) => rule.id === id)?.source);
    expect(sources.slice(0, 2)).toEqual([
      LEGACY_BUILTIN_RULE_TEXT['share:3'],
      LEGACY_BUILTIN_RULE_TEXT['comments:7'],
    ]);
    expect(sources[0]).toBe('##.share-bar');
    // Heuristics, and ids the table does not know, are kept as they were.
    expect(ids.slice(2)).toEqual(['heuristic:dateline', 'gone:99']);
  });

  it('maps every line of the frozen table to a rule that still exists, or leaves it alone', () => {
    const known = new Set(builtin.map((rule) => rule.id));
    const { settings } = migrate({
      [SETTINGS_KEY]: {
        version: 1,
        sites: { 'a.com': { disabledRuleIds: Object.keys(LEGACY_BUILTIN_RULE_TEXT) } },
      },
    });
    const ids = settings.sites['a.com']?.disabledRuleIds ?? [];
    const stillThere = ids.filter((id) => known.has(id));
    // Most of the old rules are still in the packs under their new ids.
    expect(stillThere.length).toBeGreaterThan(Object.keys(LEGACY_BUILTIN_RULE_TEXT).length * 0.8);
    expect(ids.some((id) => /^[a-z-]+:\d+$/.test(id) && known.has(id))).toBe(false);
  });

  it('recomputes user rule ids from the site and global rules', () => {
    const line = ' A.com##.promo';
    const oldId = `user:${hashText(line.trim())}`;
    const { settings } = migrate({
      [SETTINGS_KEY]: {
        version: 1,
        globalRules: '##.x',
        sites: { 'a.com': { userRules: line, disabledRuleIds: [oldId, `user:${hashText('##.x')}`] } },
      },
    });
    const userRules = parseRules(`${line}\n##.x`, 'user').rules.map((rule) => rule.id);
    expect(settings.sites['a.com']?.disabledRuleIds).toEqual(userRules);
    expect(userRules[0]).not.toBe(oldId);
  });

  it('migrates the ids inside a v1 export file on import', () => {
    const parsed = readImportFile(
      JSON.stringify({
        format: 'pith-settings',
        version: 1,
        settings: { sites: { 'a.com': { disabledRuleIds: ['share:3'] } }, globalRules: '', reader: {} },
      }),
    );
    const file = parsed.ok ? parsed.value : null;
    expect(file?.kind === 'settings' && file.settings.sites['a.com']?.disabledRuleIds).toEqual([
      builtin.find((rule) => rule.source === '##.share-bar')?.id,
    ]);
  });
});

describe('SettingsStore', () => {
  it('updates a site and reads it back from a fresh store', async () => {
    const area = new FakeArea();
    const saved = await new SettingsStore(area).updateSite('a.com', { builtinRules: false });
    expect(saved).toEqual({
      ok: true,
      value: { builtinRules: false, autoClean: false, disabledRuleIds: [], userRules: '', memory: true },
    });
    const again = await new SettingsStore(area).load();
    expect(again.ok && again.value.sites['a.com']).toEqual({ builtinRules: false });
  });

  it('removes a site whose fields are all back to default', async () => {
    const area = new FakeArea();
    const store = new SettingsStore(area);
    await store.updateSite('a.com', { autoClean: true });
    await store.updateSite('a.com', { autoClean: undefined });
    const loaded = await store.load();
    expect(loaded.ok && loaded.value.sites).toEqual({});
  });

  it('a patch back to the defaults, as a JSON message carries it (no undefined), removes the site', async () => {
    const area = new FakeArea();
    const store = new SettingsStore(area);
    await store.updateSite('a.com', {
      builtinRules: false,
      autoClean: true,
      disabledRuleIds: ['share:1'],
      userRules: 'a.com##.x',
    });
    const back = JSON.parse(
      JSON.stringify({ builtinRules: true, autoClean: false, disabledRuleIds: [], userRules: ' ' }),
    ) as Partial<SiteSettings>;
    await store.updateSite('a.com', back);
    const loaded = await store.load();
    expect(loaded.ok && loaded.value.sites).toEqual({});
  });

  it('keeps the previous settings when a write fails (quota) and says so', async () => {
    const area = new FakeArea();
    const store = new SettingsStore(area);
    await store.updateSite('a.com', { builtinRules: false });
    area.failWrites = QUOTA;
    const failed = await store.updateSite('a.com', { builtinRules: true, userRules: 'x'.repeat(10) });
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error.code).toBe('storage-failed');
    expect(failed.error.message).toContain('previous settings are kept');
    expect(failed.error.message).toContain(QUOTA);
    // Neither the cache nor the stored value changed.
    const cached = store.peek();
    expect(cached?.sites['a.com']).toEqual({ builtinRules: false });
    area.failWrites = null;
    const fresh = await new SettingsStore(area).load();
    expect(fresh.ok && fresh.value.sites['a.com']).toEqual({ builtinRules: false });
  });

  it('reports a read failure as storage-failed', async () => {
    const area = new FakeArea();
    area.get = async () => {
      throw new Error('IO error');
    };
    const loaded = await new SettingsStore(area).load();
    expect(loaded).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
  });

  it('follows storage.onChanged from other pages: a change to any settings key is read again', async () => {
    const area = new FakeArea();
    const store = new SettingsStore(area);
    await store.load();
    store.onChanged({ other: { newValue: 1 } });
    expect(store.peek()).not.toBeNull();
    area.data[SETTINGS_KEY] = { version: 2, sites: { 'b.com': { autoClean: true } } };
    store.onChanged({ 'settings.0': { newValue: '{' } });
    expect(store.peek()).toBeNull();
    const loaded = await store.load();
    expect(loaded.ok && loaded.value.sites).toEqual({ 'b.com': { autoClean: true } });
  });
});

describe('serialised updates', () => {
  it('keeps both of two quick toggles made without waiting', async () => {
    const area = new FakeArea();
    // A slow area, like a real one: every read and write yields several times.
    const slow = <T>(value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), 5));
    const get = area.get.bind(area);
    const set = area.set.bind(area);
    area.get = async (keys) => slow(await get(keys));
    area.set = async (items) => slow(await set(items));
    const store = new SettingsStore(area);
    const results = await Promise.all([
      store.updateSite('a.com', { builtinRules: false }),
      store.updateSite('a.com', { autoClean: true }),
      store.updateSite('b.com', { userRules: 'b.com##.x' }),
      store.update((draft) => {
        draft.globalRules = '##.y';
      }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const fresh = await new SettingsStore(area).load();
    expect(fresh.ok && fresh.value.sites).toEqual({
      'a.com': { builtinRules: false, autoClean: true },
      'b.com': { userRules: 'b.com##.x' },
    });
    expect(fresh.ok && fresh.value.globalRules).toBe('##.y');
  });

  it('goes on with the next update after one fails', async () => {
    const area = new FakeArea();
    const store = new SettingsStore(area);
    area.failWrites = QUOTA;
    const first = store.updateSite('a.com', { autoClean: true });
    const second = store.updateSite('b.com', { autoClean: true });
    await first;
    area.failWrites = null;
    expect((await second).ok).toBe(true);
    expect(area.data[SETTINGS_KEY]).toMatchObject({ sites: { 'b.com': { autoClean: true } } });
  });
});
