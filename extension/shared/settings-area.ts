/**
 * Where the settings live: `storage.sync` (so they follow the user to the browser's other installs), split into
 * chunks that fit its quotas, or `storage.local` when they are too large for it or sync refuses a write.
 *
 * `SyncedSettingsArea` looks to `SettingsStore` like one plain area holding `settings` (and the legacy keys), so
 * the store's migrations, queue and error handling stay as they are. A write never leaves the user without a
 * complete copy: the new settings are first written whole to `storage.local` with a marker saying "the copy here
 * is the one to read"; only then is the sync copy rewritten, and the marker moves to sync once that succeeded.
 * A failure at any step leaves the marker on a complete copy: the previous one (first step) or the new one.
 *
 * The quotas are Chrome's and Firefox's: 8,192 bytes per item (key plus JSON value), 102,400 bytes in all,
 * 512 items.
 */
import { isSettingsKey, SETTINGS_KEY } from './storage';
import type { SettingsArea } from './storage';

export const SYNC_QUOTA = { itemBytes: 8_192, totalBytes: 102_400, items: 512 };

/** In `storage.sync`: how many chunks the settings' JSON was cut into. Chunks are `settings.0`, `settings.1` … */
export const SYNC_META_KEY = 'settings.meta';
/** In `storage.local`: which copy to read, and why it is not the sync one. */
export const LOCATION_KEY = 'settingsLocation';

export interface SettingsLocation {
  area: 'sync' | 'local';
  /** Why the settings are kept on this computer only (too large for sync, or sync refused); empty for sync. */
  reason: string;
  /** Size of the settings as sync would count them, in bytes. */
  bytes: number;
}

interface LocationMarker extends SettingsLocation {
  /** Set while a write is in progress: the local copy is newer than the sync one, but nothing went wrong. */
  pending?: boolean;
}

const encoder = new TextEncoder();

function bytesOf(text: string): number {
  return encoder.encode(text).length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const chunkKey = (i: number): string => `settings.${i}`;

/**
 * Cuts `json` into strings whose item (key plus quoted, escaped value) fits `itemBytes`. Cuts fall between code
 * points, never inside a surrogate pair, and each piece's size is counted as the browser counts it.
 */
export function splitForSync(json: string, itemBytes = SYNC_QUOTA.itemBytes): string[] {
  const chunks: string[] = [];
  let current = '';
  let size = 0;
  // Room for the longest key we could need ("settings.511") and the value's two quotes.
  const room = itemBytes - bytesOf(chunkKey(SYNC_QUOTA.items - 1)) - 2;
  for (const ch of json) {
    const cost = /^[\x20-\x7e]$/.test(ch)
      ? ch === '"' || ch === '\\'
        ? 2
        : 1
      : bytesOf(JSON.stringify(ch)) - 2;
    if (size + cost > room) {
      chunks.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += cost;
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** The sync items for `value`, with their total size as the quota counts it; null when they cannot fit. */
export function syncItems(
  value: unknown,
  quota = SYNC_QUOTA,
): { items: Record<string, unknown>; bytes: number } | { tooLarge: number } {
  const chunks = splitForSync(JSON.stringify(value), quota.itemBytes);
  const items: Record<string, unknown> = { [SYNC_META_KEY]: { chunks: chunks.length } };
  chunks.forEach((chunk, i) => (items[chunkKey(i)] = chunk));
  let bytes = 0;
  for (const [key, item] of Object.entries(items)) bytes += bytesOf(key) + bytesOf(JSON.stringify(item));
  if (bytes > quota.totalBytes || chunks.length + 1 > quota.items) return { tooLarge: bytes };
  return { items, bytes };
}

function kb(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class SyncedSettingsArea implements SettingsArea {
  constructor(
    private readonly sync: SettingsArea,
    private readonly local: SettingsArea,
    private readonly quota = SYNC_QUOTA,
  ) {}

  /** Which copy is read now, and why it is the local one. */
  async location(): Promise<SettingsLocation> {
    const marker = (await this.local.get(LOCATION_KEY))[LOCATION_KEY];
    if (isRecord(marker) && marker.area === 'local' && marker.pending !== true)
      return {
        area: 'local',
        reason: typeof marker.reason === 'string' ? marker.reason : '',
        bytes: typeof marker.bytes === 'number' ? marker.bytes : 0,
      };
    return {
      area: 'sync',
      reason: '',
      bytes: isRecord(marker) && typeof marker.bytes === 'number' ? marker.bytes : 0,
    };
  }

  /** The settings from the copy the marker names (sync by default), plus the local area's other keys. */
  async get(): Promise<Record<string, unknown>> {
    const local = await this.local.get(null);
    const marker = local[LOCATION_KEY];
    const rest = Object.fromEntries(Object.entries(local).filter(([key]) => !isSettingsKey(key)));
    if (isRecord(marker) && marker.area === 'local') return local;
    const synced = await this.readSync();
    // Nothing in sync yet: settings written before Pith used sync are still in the local area.
    return synced === undefined ? local : { ...rest, [SETTINGS_KEY]: synced };
  }

  /** The settings the sync chunks spell, or undefined when there are none or they are damaged. */
  private async readSync(): Promise<unknown> {
    const all = await this.sync.get(null);
    const meta = all[SYNC_META_KEY];
    if (!isRecord(meta) || typeof meta.chunks !== 'number') return undefined;
    let json = '';
    for (let i = 0; i < meta.chunks; i++) {
      const chunk = all[chunkKey(i)];
      if (typeof chunk !== 'string') return undefined;
      json += chunk;
    }
    try {
      return JSON.parse(json);
    } catch {
      return undefined;
    }
  }

  /** Only `settings` goes to sync; anything else is the local area's (there is nothing else today). */
  async set(items: Record<string, unknown>): Promise<void> {
    const { [SETTINGS_KEY]: value, ...others } = items;
    if (Object.keys(others).length > 0) await this.local.set(others);
    if (value === undefined) return;
    const planned = syncItems(value, this.quota);
    const bytes = 'bytes' in planned ? planned.bytes : planned.tooLarge;
    // 1. The whole new copy, locally, marked as the one to read. If this fails, nothing changed.
    const tooLarge = 'tooLarge' in planned;
    const localMarker: LocationMarker = tooLarge
      ? {
          area: 'local',
          bytes,
          reason: `Your settings take ${kb(bytes)}, more than browser sync holds (${kb(this.quota.totalBytes)} in all), so they are kept on this computer only.`,
        }
      : { area: 'local', bytes, reason: '', pending: true };
    await this.local.set({ [SETTINGS_KEY]: value, [LOCATION_KEY]: localMarker });
    if ('tooLarge' in planned) return;
    // 2. The sync copy: old chunks beyond the new count go first (they would count against the quota).
    try {
      const old = await this.sync.get(null);
      const stale = Object.keys(old).filter((key) => key.startsWith('settings.') && !(key in planned.items));
      if (stale.length > 0) await this.sync.remove(stale);
      await this.sync.set(planned.items);
    } catch (error) {
      await this.local
        .set({
          [LOCATION_KEY]: {
            area: 'local',
            bytes,
            reason: `Browser sync refused your settings (${describe(error)}), so they are kept on this computer only for now.`,
          } satisfies LocationMarker,
        })
        .catch(() => undefined); // the pending marker already points at the complete local copy
      return;
    }
    // 3. Sync holds the new copy: read it from there, and drop the local one. Should this fail, the pending
    // marker still points at the local copy, which is the same new settings.
    try {
      await this.local.set({ [LOCATION_KEY]: { area: 'sync', reason: '', bytes } satisfies LocationMarker });
      await this.local.remove(SETTINGS_KEY);
    } catch {
      // nothing lost: see above
    }
  }

  /** Legacy keys live in the local area. */
  async remove(keys: string | string[]): Promise<void> {
    await this.local.remove(keys);
  }
}
