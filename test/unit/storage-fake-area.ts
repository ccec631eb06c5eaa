/** An in-memory `SettingsArea` that can be told to fail the next writes, like a full quota does. */
import type { SettingsArea } from '../../extension/shared/storage';

export interface Quota {
  itemBytes: number;
  totalBytes: number;
  items: number;
}

const encoder = new TextEncoder();
const itemSize = (key: string, value: unknown): number =>
  encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

export class FakeArea implements SettingsArea {
  data: Record<string, unknown>;
  failWrites: string | null = null;
  writes = 0;
  /** Write operations (set or remove) so far; with `failAtOp`, the one with that number throws instead. */
  ops = 0;
  failAtOp: number | null = null;

  /** `quota`: enforce `storage.sync`'s limits as Chrome does: a `set` over any of them writes nothing. */
  constructor(
    initial: Record<string, unknown> = {},
    readonly quota: Quota | null = null,
  ) {
    this.data = structuredClone(initial);
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    if (keys === null || keys === undefined) return structuredClone(this.data);
    const list = typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(
      list.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]),
    );
  }

  private beginWrite(): void {
    if (this.failWrites) throw new Error(this.failWrites);
    this.ops += 1;
    if (this.failAtOp === this.ops) throw new Error(`write ${this.ops} failed`);
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.beginWrite();
    if (this.quota) {
      const next = { ...this.data, ...items };
      for (const [key, value] of Object.entries(items))
        if (itemSize(key, value) > this.quota.itemBytes)
          throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      const total = Object.entries(next).reduce((sum, [key, value]) => sum + itemSize(key, value), 0);
      if (total > this.quota.totalBytes) throw new Error('QUOTA_BYTES quota exceeded');
      if (Object.keys(next).length > this.quota.items) throw new Error('MAX_ITEMS quota exceeded');
    }
    this.writes += 1;
    Object.assign(this.data, structuredClone(items));
  }

  async remove(keys: string | string[]): Promise<void> {
    this.beginWrite();
    for (const key of typeof keys === 'string' ? [keys] : keys) delete this.data[key];
  }

  /** Bytes in use, as the quota counts them. */
  bytesInUse(): number {
    return Object.entries(this.data).reduce((sum, [key, value]) => sum + itemSize(key, value), 0);
  }
}
