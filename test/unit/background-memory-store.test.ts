/**
 * The background's site-memory store on a fake `storage.local`: updates queue (none lost), the all-sites cap
 * evicts the least recently used sites, a quota error drops the oldest memories and never the settings, and
 * removing a site's settings forgets what Pith learned there.
 */
import { describe, expect, it } from 'vitest';
import { MEMORY_INDEX_KEY, MemoryStore, memoryKey } from '../../extension/background/memory-store';
import { removeSite } from '../../extension/background/site-removal';
import { SETTINGS_KEY, SettingsStore } from '../../extension/shared/storage';
import { emptyMemory, memoryBytes, parseMemory, remember } from '../../src/memory/store';
import type { BlockPrint } from '../../src/types';
import { FakeArea } from './storage-fake-area';

/** A site's template-like blocks: boxes with selectors, as the engine collects them. */
const prints = (site: string, n = 20): BlockPrint[] =>
  Array.from({ length: n }, (_, i) => ({
    print: `b${(site.length * 1000 + i).toString(36)}.p${i.toString(36)}`,
    selector: `aside.block-${i}`,
  }));

const url = (host: string, page: number): string => `https://${host}/story/${page}`;

/** A clock the test moves: each call is one millisecond later. */
function clock(start = 1_000): () => number {
  let t = start;
  return () => t++;
}

function stored(area: FakeArea, host: string) {
  return parseMemory(area.data[memoryKey(host)]);
}

describe('background memory store', () => {
  it('queues updates: two pages remembered at once both land', async () => {
    const area = new FakeArea();
    const memory = new MemoryStore(area, 1_000_000, clock());
    const [a, b] = await Promise.all([
      memory.remember('news.example', url('news.example', 1), prints('news.example')),
      memory.remember('news.example', url('news.example', 2), prints('news.example')),
    ]);
    expect(a.ok && b.ok).toBe(true);
    expect(stored(area, 'news.example').pages).toHaveLength(2);
    expect((await memory.summary('news.example')).pages).toBe(2);
  });

  it('learns a block seen on three pages, with its selector, and gives other pages the template', async () => {
    const area = new FakeArea();
    const memory = new MemoryStore(area, 1_000_000, clock());
    for (const page of [1, 2, 3])
      await memory.remember('a.example', url('a.example', page), prints('a.example', 3));
    const summary = await memory.summary('a.example');
    expect(summary.pages).toBe(3);
    expect(summary.blocks.map((b) => b.selector).sort()).toEqual([
      'aside.block-0',
      'aside.block-1',
      'aside.block-2',
    ]);
    expect((await memory.template('a.example', url('a.example', 4))).blocks).toHaveLength(3);
    // A remembered page does not count for itself: it sees two other pages, under the threshold.
    expect((await memory.template('a.example', url('a.example', 1))).blocks).toEqual([]);
  });

  it('keeps all sites under the cap by evicting the least recently used', async () => {
    const area = new FakeArea({ [SETTINGS_KEY]: { version: 2, sites: {}, globalRules: '##.ad' } });
    const one = memoryBytes(remember(emptyMemory(), url('a.example', 1), prints('a.example'), 1));
    // Room for two sites of this size, not three.
    const memory = new MemoryStore(area, one * 2 + one / 2, clock());
    await memory.remember('a.example', url('a.example', 1), prints('a.example'));
    await memory.remember('bb.example', url('bb.example', 1), prints('bb.example'));
    // a.example is used again: bb.example is now the least recently used.
    await memory.remember('a.example', url('a.example', 1), prints('a.example'));
    const third = await memory.remember('ccc.example', url('ccc.example', 1), prints('ccc.example'));
    expect(third).toEqual({ ok: true, value: { evicted: ['bb.example'] } });
    expect(
      Object.keys(area.data)
        .filter((k) => k.startsWith('memory:'))
        .sort(),
    ).toEqual(['memory:a.example', 'memory:ccc.example']);
    expect(Object.keys(area.data[MEMORY_INDEX_KEY] as object).sort()).toEqual(['a.example', 'ccc.example']);
    expect(area.data[SETTINGS_KEY]).toMatchObject({ globalRules: '##.ad' });
    expect((await memory.list()).map((m) => m.host)).toEqual(['ccc.example', 'a.example']);
  });

  it('on a quota error drops the oldest memories, never the settings, and never throws', async () => {
    const settings = { version: 2, sites: { 'a.example': { builtinRules: false } }, globalRules: '##.ad' };
    const one = memoryBytes(remember(emptyMemory(), url('a.example', 1), prints('a.example'), 1));
    // The area holds the settings and about two and a half sites' memories.
    const totalBytes = JSON.stringify(settings).length + Math.round(one * 2.5);
    const area = new FakeArea({ [SETTINGS_KEY]: settings }, { itemBytes: 1e9, totalBytes, items: 512 });
    // No byte cap of our own: only the browser's quota stops the writes.
    const memory = new MemoryStore(area, Number.MAX_SAFE_INTEGER, clock());
    const hosts = ['a.example', 'bb.example', 'ccc.example', 'dddd.example'];
    for (const host of hosts) {
      const saved = await memory.remember(host, url(host, 1), prints(host));
      expect(saved.ok, host).toBe(true);
    }
    const kept = Object.keys(area.data).filter((k) => k.startsWith('memory:'));
    expect(kept).toContain('memory:dddd.example');
    expect(kept).not.toContain('memory:a.example');
    expect(area.data[SETTINGS_KEY]).toEqual(settings);
    expect(area.bytesInUse()).toBeLessThanOrEqual(totalBytes);

    // A page too large for the area even alone: an error value, the settings untouched.
    const huge = await memory.remember('e.example', url('e.example', 1), prints('e.example', 400));
    expect(huge.ok).toBe(false);
    expect(area.data[SETTINGS_KEY]).toEqual(settings);
  });

  it('a storage that fails answers errors and empty memories, never throws', async () => {
    const area = new FakeArea();
    const memory = new MemoryStore(area, 1_000_000, clock());
    expect((await memory.remember('a.example', url('a.example', 9), prints('a.example'))).ok).toBe(true);
    area.failWrites = 'disk on fire';
    const saved = await memory.remember('a.example', url('a.example', 1), prints('a.example'));
    expect(saved).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect((await memory.template('a.example', url('a.example', 2))).blocks).toEqual([]);
    expect((await memory.forget('a.example')).ok).toBe(false);
  });

  it('rebuilds a damaged index from the stored memories', async () => {
    const area = new FakeArea();
    const memory = new MemoryStore(area, 1_000_000, clock());
    await memory.remember('a.example', url('a.example', 1), prints('a.example'));
    area.data[MEMORY_INDEX_KEY] = 'garbage';
    await memory.remember('bb.example', url('bb.example', 1), prints('bb.example'));
    expect(Object.keys(area.data[MEMORY_INDEX_KEY] as object).sort()).toEqual(['a.example', 'bb.example']);
  });

  it('removing a site forgets what Pith learned there, and only there', async () => {
    const area = new FakeArea();
    const settings = new SettingsStore(area);
    const memory = new MemoryStore(area, 1_000_000, clock());
    await settings.updateSite('a.example', { autoClean: true });
    await settings.updateSite('bb.example', { builtinRules: false });
    await memory.remember('a.example', url('a.example', 1), prints('a.example'));
    await memory.remember('bb.example', url('bb.example', 1), prints('bb.example'));
    const removed = await removeSite(settings, memory, 'a.example');
    expect(removed.ok && Object.keys(removed.value.sites)).toEqual(['bb.example']);
    expect(area.data[memoryKey('a.example')]).toBeUndefined();
    expect(stored(area, 'bb.example').pages).toHaveLength(1);
    expect(Object.keys(area.data[MEMORY_INDEX_KEY] as object)).toEqual(['bb.example']);

    // A site with nothing learned: removing it writes nothing to the memory (no storage event to redraw on).
    await settings.updateSite('ccc.example', { autoClean: true });
    const ops = area.ops;
    await removeSite(settings, memory, 'ccc.example');
    expect(area.ops - ops).toBe(1); // the settings' own write

    // "Forget what Pith learned" everywhere: every memory key and the index, no setting.
    await memory.forget();
    expect(Object.keys(area.data).filter((k) => k.startsWith('memory'))).toEqual([]);
    expect((await settings.load()).ok).toBe(true);
  });
});
