/** An in-memory `SettingsArea` that can be told to fail the next writes, like a full quota does. */
import type { SettingsArea } from '../../extension/shared/storage';

export class FakeArea implements SettingsArea {
  data: Record<string, unknown>;
  failWrites: string | null = null;
  writes = 0;

  constructor(initial: Record<string, unknown> = {}) {
    this.data = structuredClone(initial);
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    if (keys === null || keys === undefined) return structuredClone(this.data);
    const list = typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(
      list.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]),
    );
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw new Error(this.failWrites);
    this.writes += 1;
    Object.assign(this.data, structuredClone(items));
  }

  async remove(keys: string | string[]): Promise<void> {
    if (this.failWrites) throw new Error(this.failWrites);
    for (const key of typeof keys === 'string' ? [keys] : keys) delete this.data[key];
  }
}
