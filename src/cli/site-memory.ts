/**
 * `--site-memory DIR`: the CLI's side of the site memory. One JSON file a host in DIR (created when missing);
 * each page is cleaned with the template learned so far, then remembered, so a folder of one site's pages learns
 * and applies in one pass, in the order given. The memory logic itself is the engine's (`src/memory/store.ts`).
 */
import { join } from 'node:path';
import { emptyMemory, parseMemory, remember, templateFor, type SiteMemory } from '../memory/store';
import type { BlockPrint, SiteTemplate } from '../types';

export interface MemoryFiles {
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, text: string) => Promise<void>;
}

/** The file a host's memory lives in: the host with anything but letters, digits, dots and dashes made `_`. */
export function memoryFileName(pageUrl: string): string {
  let host: string;
  try {
    host = new URL(pageUrl).host;
  } catch {
    host = '';
  }
  return `${(host || 'local-files').toLowerCase().replace(/[^a-z0-9.-]/g, '_')}.json`;
}

export class SiteMemoryDir {
  private readonly loaded = new Map<string, SiteMemory>();

  constructor(
    private readonly dir: string,
    private readonly files: MemoryFiles,
    private readonly now: () => number = Date.now,
  ) {}

  /** The template for a page of `siteUrl`'s host; `pageId` tells pages apart (its address, or its file). */
  async templateFor(siteUrl: string, pageId: string): Promise<SiteTemplate> {
    return templateFor(await this.load(siteUrl), pageId);
  }

  /** Remembers the page's prints and writes the host's file at once (a later failure keeps what was learned). */
  async remember(siteUrl: string, pageId: string, prints: readonly BlockPrint[]): Promise<void> {
    const name = memoryFileName(siteUrl);
    const next = remember(await this.load(siteUrl), pageId, prints, this.now());
    this.loaded.set(name, next);
    await this.files.writeFile(join(this.dir, name), `${JSON.stringify(next)}\n`);
  }

  private async load(pageUrl: string): Promise<SiteMemory> {
    const name = memoryFileName(pageUrl);
    const cached = this.loaded.get(name);
    if (cached) return cached;
    let memory = emptyMemory();
    try {
      const text = new TextDecoder('utf-8').decode(await this.files.readFile(join(this.dir, name)));
      memory = parseMemory(JSON.parse(text));
    } catch {
      // No file yet, or not JSON: start this host afresh (the file is rewritten on the first page).
    }
    this.loaded.set(name, memory);
    return memory;
  }
}
