/**
 * Settings in `storage.sync`, split to fit its quotas, or in `storage.local` with a note when they cannot fit or
 * sync refuses; a failed write at any step never loses the settings. The fake sync area enforces the real quotas
 * (8,192 bytes an item, 102,400 in all, 512 items) and writes nothing when a `set` is over any of them.
 */
import { describe, expect, it } from 'vitest';
import {
  LOCATION_KEY,
  splitForSync,
  SYNC_META_KEY,
  SYNC_QUOTA,
  SyncedSettingsArea,
} from '../../extension/shared/settings-area';
import { normaliseSettings, SETTINGS_KEY, SettingsStore } from '../../extension/shared/storage';
import type { StoredSettings } from '../../extension/shared/storage';
import { FakeArea } from './storage-fake-area';

function areas() {
  const sync = new FakeArea({}, SYNC_QUOTA);
  const local = new FakeArea();
  return { sync, local, area: new SyncedSettingsArea(sync, local) };
}

/** Rules for `sites` sites, about `bytes` in all, with quotes, backslashes and non-ASCII text in them. */
function manyRules(sites: number, bytes: number): Record<string, { userRules: string }> {
  const out: Record<string, { userRules: string }> = {};
  const perSite = Math.ceil(bytes / sites);
  for (let s = 0; s < sites; s++) {
    const host = `site${s}.example`;
    const lines: string[] = [];
    for (let i = 0; lines.join('\n').length < perSite; i++)
      lines.push(`${host}##p:has-text(/^«Lire aussi» \\d+ "${i}" — ü$/)`);
    out[host] = { userRules: lines.join('\n') };
  }
  return out;
}

async function fresh(sync: FakeArea, local: FakeArea): Promise<StoredSettings> {
  const loaded = await new SettingsStore(new SyncedSettingsArea(sync, local)).load();
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
}

describe('splitting for storage.sync', () => {
  it('cuts between code points, and every piece fits an item once quoted', () => {
    const json = JSON.stringify({ text: `${'"\\é😀\n'.repeat(4000)}end` });
    const chunks = splitForSync(json);
    expect(chunks.join('')).toBe(json);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(new TextEncoder().encode(`settings.511${JSON.stringify(chunk)}`).length).toBeLessThanOrEqual(
        SYNC_QUOTA.itemBytes,
      );
      expect(chunk).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });
});

describe('settings in storage.sync', () => {
  it('a large rule set (60 KB) is split over items that each fit, and reads back identical', async () => {
    const { sync, local, area } = areas();
    const store = new SettingsStore(area);
    const sites = manyRules(12, 60_000);
    const saved = await store.update((draft) => {
      draft.sites = sites;
    });
    expect(saved.ok).toBe(true);
    const meta = sync.data[SYNC_META_KEY] as { chunks: number };
    expect(meta.chunks).toBeGreaterThan(7);
    expect(sync.bytesInUse()).toBeLessThanOrEqual(SYNC_QUOTA.totalBytes);
    expect(SETTINGS_KEY in local.data).toBe(false);
    expect(await area.location()).toMatchObject({ area: 'sync', reason: '' });
    expect((await fresh(sync, local)).sites).toEqual(normaliseSettings({ sites }).sites);
  });

  it('settings too large for sync are kept locally with a note, and go back to sync when they fit again', async () => {
    const { sync, local, area } = areas();
    const store = new SettingsStore(area);
    await store.updateSite('small.example', { autoClean: true });
    const big = manyRules(20, 150_000);
    const saved = await store.update((draft) => {
      draft.sites = { ...draft.sites, ...big };
    });
    expect(saved.ok).toBe(true);
    const where = await area.location();
    expect(where.area).toBe('local');
    expect(where.reason).toMatch(
      /^Your settings take \d+ KB, more than browser sync holds \(100 KB in all\)/,
    );
    const read = await fresh(sync, local);
    expect(Object.keys(read.sites)).toHaveLength(21);
    expect(read.sites['site3.example']).toEqual(big['site3.example']);

    // Smaller again: back in sync, the note gone, no stale chunk left behind.
    const shrunk = await store.update((draft) => {
      draft.sites = { 'small.example': { autoClean: true } };
    });
    expect(shrunk.ok).toBe(true);
    expect(await area.location()).toMatchObject({ area: 'sync', reason: '' });
    expect(Object.keys(sync.data).sort()).toEqual(['settings.0', SYNC_META_KEY]);
    expect((await fresh(sync, local)).sites).toEqual({ 'small.example': { autoClean: true } });
  });

  it('when sync refuses a write (rate limit), the change is kept locally with a note; the next write syncs', async () => {
    const { sync, local, area } = areas();
    const store = new SettingsStore(area);
    sync.failWrites = 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    const saved = await store.updateSite('a.example', { autoClean: true });
    expect(saved.ok).toBe(true);
    expect((await area.location()).reason).toMatch(/Browser sync refused .*MAX_WRITE_OPERATIONS_PER_MINUTE/);
    expect((await fresh(sync, local)).sites['a.example']).toEqual({ autoClean: true });
    sync.failWrites = null;
    await store.updateSite('b.example', { builtinRules: false });
    expect(await area.location()).toMatchObject({ area: 'sync' });
    expect(Object.keys((await fresh(sync, local)).sites)).toEqual(['a.example', 'b.example']);
  });

  it('reads settings saved before Pith used sync, and moves them there on the next change', async () => {
    const sync = new FakeArea({}, SYNC_QUOTA);
    const local = new FakeArea({
      [SETTINGS_KEY]: { version: 2, sites: { 'old.example': { builtinRules: false } }, globalRules: '##.x' },
    });
    const store = new SettingsStore(new SyncedSettingsArea(sync, local));
    const loaded = await store.load();
    expect(loaded.ok && loaded.value.globalRules).toBe('##.x');
    await store.updateSite('new.example', { autoClean: true });
    expect(SETTINGS_KEY in local.data).toBe(false);
    expect(local.data[LOCATION_KEY]).toMatchObject({ area: 'sync' });
    const read = await fresh(sync, local);
    expect(read.globalRules).toBe('##.x');
    expect(Object.keys(read.sites)).toEqual(['old.example', 'new.example']);
  });
});

describe('a failed write never loses the settings', () => {
  /** Both areas count their writes together, so a test can fail the nth write of the whole sequence. */
  function counted() {
    const { sync, local } = areas();
    let ops = 0;
    let failAt = 0;
    for (const target of [sync, local]) {
      const set = target.set.bind(target);
      const remove = target.remove.bind(target);
      target.set = async (items) => {
        if (++ops === failAt) throw new Error('QUOTA_BYTES quota exceeded');
        return set(items);
      };
      target.remove = async (keys) => {
        if (++ops === failAt) throw new Error('IO error');
        return remove(keys);
      };
    }
    return {
      sync,
      local,
      failAt: (n: number) => {
        ops = 0;
        failAt = n;
      },
      ops: () => ops,
    };
  }

  it('at every step of a write: the read settings are the previous ones or the new ones, as the reply says', async () => {
    const before = manyRules(3, 20_000);
    const after = { ...manyRules(5, 30_000), 'z.example': { userRules: 'z.example##.new' } };
    // How many writes one update makes, counted on a run that does not fail.
    const probe = counted();
    await new SettingsStore(new SyncedSettingsArea(probe.sync, probe.local)).update((d) => {
      d.sites = before;
    });
    probe.failAt(-1);
    await new SettingsStore(new SyncedSettingsArea(probe.sync, probe.local)).update((d) => {
      d.sites = after;
    });
    const steps = probe.ops();
    expect(steps).toBeGreaterThanOrEqual(4);

    for (let n = 1; n <= steps; n++) {
      const run = counted();
      const store = new SettingsStore(new SyncedSettingsArea(run.sync, run.local));
      await store.update((d) => {
        d.sites = before;
      });
      run.failAt(n);
      const reply = await store.update((d) => {
        d.sites = after;
      });
      run.failAt(-1);
      const read = await fresh(run.sync, run.local);
      const expected = reply.ok ? after : before;
      expect(read.sites, `failing write ${n} of ${steps} (reply ok: ${reply.ok})`).toEqual(
        normaliseSettings({ sites: expected }).sites,
      );
      if (!reply.ok) expect(reply.error.message).toContain('previous settings are kept');
    }
  });
});
