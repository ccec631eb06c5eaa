/**
 * The site memory in `storage.local`: one key a site (`memory:<host>`), written only here, in the background,
 * one update at a time (two pages remembered at once both land). An index (`memoryIndex`: bytes and last use of
 * each site) is written in the same `set` as the site's memory, so the all-sites cap can evict the least recently
 * used sites without reading every memory. The memory holds hashes and selectors, never page text
 * (`src/memory/store.ts`).
 *
 * A full storage area (quota error) drops the oldest sites' memories and tries again; settings and other keys are
 * never touched, and no error is thrown: every operation answers a `Result` or a value.
 *
 * Pure over a `SettingsArea` (the shape of `browser.storage.local`), so unit tests run it on a fake area.
 */
import {
  learnedBlocks,
  memoryBytes,
  parseMemory,
  remember,
  sitesToEvict,
  templateFor,
} from '../../src/memory/store';
import type { SiteMemory } from '../../src/memory/store';
import type { BlockPrint, SiteTemplate } from '../../src/types';
import { describeError, fail, ok } from '../shared/messages';
import type { Result, SiteMemorySummary } from '../shared/messages';
import { serialQueue } from '../shared/serial-queue';
import type { SettingsArea } from '../shared/storage';

export const MEMORY_PREFIX = 'memory:';
export const MEMORY_INDEX_KEY = 'memoryIndex';
/**
 * All sites together. `storage.local` holds 10 MB in Chrome (without `unlimitedStorage`); settings and the rule
 * health log share it, so the memory keeps to a fifth of it.
 */
export const MEMORY_CAP_BYTES = 2_000_000;

interface IndexEntry {
  bytes: number;
  lastUsed: number;
}
type MemoryIndex = Record<string, IndexEntry>;

export const memoryKey = (host: string): string => `${MEMORY_PREFIX}${host}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseIndex(value: unknown): MemoryIndex | null {
  if (!isRecord(value)) return null;
  const index: MemoryIndex = {};
  for (const [host, entry] of Object.entries(value)) {
    if (isRecord(entry) && typeof entry.bytes === 'number' && typeof entry.lastUsed === 'number')
      index[host] = { bytes: entry.bytes, lastUsed: entry.lastUsed };
  }
  return index;
}

/** A browser's "storage is full" error (Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError). */
function isQuotaError(error: unknown): boolean {
  return /quota/i.test(describeError(error)) || (error instanceof Error && /quota/i.test(error.name));
}

export class MemoryStore {
  /** Each operation starts after the previous one has written. */
  private readonly jobs = serialQueue();

  constructor(
    private readonly area: SettingsArea,
    private readonly capBytes = MEMORY_CAP_BYTES,
    private readonly now: () => number = Date.now,
  ) {}

  private queue<T>(job: () => Promise<T>): Promise<T> {
    return this.jobs.run(job);
  }

  /** The site's memory; empty when there is none or it cannot be read. */
  private async readNow(host: string): Promise<SiteMemory> {
    try {
      return parseMemory((await this.area.get(memoryKey(host)))[memoryKey(host)]);
    } catch {
      return parseMemory(undefined);
    }
  }

  /** The index, rebuilt from the stored memories when it is missing or damaged. */
  private async indexNow(): Promise<MemoryIndex> {
    const stored = parseIndex((await this.area.get(MEMORY_INDEX_KEY))[MEMORY_INDEX_KEY]);
    if (stored) return stored;
    const all = await this.area.get(null);
    const index: MemoryIndex = {};
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(MEMORY_PREFIX)) continue;
      const memory = parseMemory(value);
      index[key.slice(MEMORY_PREFIX.length)] = { bytes: memoryBytes(memory), lastUsed: 0 };
    }
    return index;
  }

  read(host: string): Promise<SiteMemory> {
    return this.queue(() => this.readNow(host));
  }

  /** The template for a page of `host`: blocks seen on enough of its other pages. */
  async template(host: string, pageUrl: string): Promise<SiteTemplate> {
    return templateFor(await this.read(host), pageUrl);
  }

  /**
   * Remembers one page's prints, then keeps all sites under the cap (least recently used go first). A quota
   * error drops the oldest other sites one by one and tries again.
   */
  remember(
    host: string,
    pageUrl: string,
    prints: readonly BlockPrint[],
  ): Promise<Result<{ evicted: string[] }>> {
    return this.queue(async () => {
      try {
        const now = this.now();
        const next = remember(await this.readNow(host), pageUrl, prints, now);
        const index = await this.indexNow();
        index[host] = { bytes: memoryBytes(next), lastUsed: now };
        const evicted = sitesToEvict(index, this.capBytes);
        for (const gone of evicted) delete index[gone];
        if (evicted.length > 0) await this.area.remove(evicted.map(memoryKey));
        // The site alone is over the cap: it is not kept either.
        if (evicted.includes(host)) {
          await this.area.set({ [MEMORY_INDEX_KEY]: index });
          return ok({ evicted });
        }
        return await this.writeOrMakeRoom(host, next, index, evicted);
      } catch (error) {
        return fail('storage-failed', `Pith could not remember this page (${describeError(error)}).`);
      }
    });
  }

  /** Writes the site's memory with the index; on a quota error, drops the oldest other site and tries again. */
  private async writeOrMakeRoom(
    host: string,
    memory: SiteMemory,
    index: MemoryIndex,
    evicted: string[],
  ): Promise<Result<{ evicted: string[] }>> {
    for (;;) {
      try {
        await this.area.set({ [memoryKey(host)]: memory, [MEMORY_INDEX_KEY]: index });
        return ok({ evicted });
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        const oldest = Object.entries(index)
          .filter(([other]) => other !== host)
          .sort(([, a], [, b]) => a.lastUsed - b.lastUsed)[0]?.[0];
        if (oldest === undefined) {
          return fail('storage-failed', `The browser's storage is full; Pith could not remember this page.`);
        }
        await this.area.remove(memoryKey(oldest));
        delete index[oldest];
        evicted.push(oldest);
      }
    }
  }

  /** Forgets one site (`host`), or every site. */
  forget(host?: string): Promise<Result<null>> {
    return this.queue(async () => {
      try {
        if (host === undefined) {
          const keys = Object.keys(await this.area.get(null)).filter((key) => key.startsWith(MEMORY_PREFIX));
          await this.area.remove([...keys, MEMORY_INDEX_KEY]);
          return ok(null);
        }
        const index = await this.indexNow();
        const stored = memoryKey(host) in (await this.area.get(memoryKey(host)));
        // Nothing learned there: no write, so no storage event redraws the pages that listen (the manager).
        if (!stored && !(host in index)) return ok(null);
        delete index[host];
        await this.area.remove(memoryKey(host));
        await this.area.set({ [MEMORY_INDEX_KEY]: index });
        return ok(null);
      } catch (error) {
        return fail('storage-failed', `Pith could not forget what it learned (${describeError(error)}).`);
      }
    });
  }

  /** What is learned on one site. */
  async summary(host: string): Promise<SiteMemorySummary> {
    return summarise(host, await this.read(host));
  }

  /** What is learned on every site with a memory, most recently used first. */
  list(): Promise<SiteMemorySummary[]> {
    return this.queue(async () => {
      const all = await this.area.get(null).catch((): Record<string, unknown> => ({}));
      const index = parseIndex(all[MEMORY_INDEX_KEY]) ?? {};
      return Object.entries(all)
        .filter(([key]) => key.startsWith(MEMORY_PREFIX))
        .map(([key, value]) => summarise(key.slice(MEMORY_PREFIX.length), parseMemory(value)))
        .sort((a, b) => (index[b.host]?.lastUsed ?? 0) - (index[a.host]?.lastUsed ?? 0));
    });
  }
}

/** Distinct pages remembered (a page read again is one page). */
const pagesIn = (memory: SiteMemory): number => memory.pages.length;

function summarise(host: string, memory: SiteMemory): SiteMemorySummary {
  return { host, pages: pagesIn(memory), blocks: learnedBlocks(memory), bytes: memoryBytes(memory) };
}
