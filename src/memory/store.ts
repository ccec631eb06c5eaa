/**
 * The site memory of one site: which block fingerprints were seen on which pages, and when. Pure data, JSON
 * in and out, so the extension keeps it in `storage.local` and the CLI in a file; no page text and no page
 * address is stored (a page is known by a hash of its address, a block by its fingerprint).
 *
 * The contract with the extension is `MEMORY-API.md`; the fingerprints come from `blocks.ts`.
 */
import { hashText } from '../rules/rule-id';
import type { BlockPrint, SiteTemplate } from '../types';
import { isBoxPrint, isPrint } from './print-kind';

export const MEMORY_VERSION = 1;

export interface RememberedPage {
  /** A hash of the page's address without its fragment: a page read again is one page. */
  page: string;
  /** When it was last remembered (ms since the epoch). */
  seen: number;
  /** The page's block fingerprints, each once. */
  prints: string[];
}

export interface SiteMemory {
  version: 1;
  /** Oldest first. */
  pages: RememberedPage[];
  /** A stable selector for box fingerprints that have one, for "Make this a rule". */
  selectors: Record<string, string>;
}

export interface MemoryCaps {
  /** Pages remembered per site; the oldest go first. */
  pagesPerSite: number;
  /** Distinct fingerprints per site; whole oldest pages go first until it fits. */
  printsPerSite: number;
}

/** About 60 pages of 150 blocks: some 150 kB a site as JSON. */
export const DEFAULT_MEMORY_CAPS: MemoryCaps = { pagesPerSite: 60, printsPerSite: 6000 };
export const DEFAULT_MIN_PAGES = 3;

const MAX_KEY_CHARS = 16;
const MAX_SELECTOR_CHARS = 300;

export function emptyMemory(): SiteMemory {
  return { version: MEMORY_VERSION, pages: [], selectors: {} };
}

/** The key a page is remembered under. */
export function pageKey(pageUrl: string): string {
  const hash = pageUrl.indexOf('#');
  return hashText(hash < 0 ? pageUrl : pageUrl.slice(0, hash));
}

/** A damaged or foreign value becomes an empty memory, never a throw; damaged entries in a sound one are dropped. */
export function parseMemory(value: unknown): SiteMemory {
  try {
    if (!isRecord(value) || value.version !== MEMORY_VERSION || !Array.isArray(value.pages))
      return emptyMemory();
    const pages: RememberedPage[] = [];
    const seenKeys = new Set<string>();
    for (const entry of value.pages as unknown[]) {
      if (!isRecord(entry) || typeof entry.page !== 'string' || entry.page.length > MAX_KEY_CHARS) continue;
      if (typeof entry.seen !== 'number' || !Number.isFinite(entry.seen) || !Array.isArray(entry.prints))
        continue;
      if (seenKeys.has(entry.page)) continue;
      seenKeys.add(entry.page);
      const prints = Array.from(new Set((entry.prints as unknown[]).filter(isPrint)));
      pages.push({ page: entry.page, seen: entry.seen, prints });
    }
    pages.sort((a, b) => a.seen - b.seen);
    const selectors: Record<string, string> = {};
    if (isRecord(value.selectors)) {
      for (const [print, selector] of Object.entries(value.selectors)) {
        if (isBoxPrint(print) && typeof selector === 'string' && selector.length <= MAX_SELECTOR_CHARS)
          selectors[print] = selector;
      }
    }
    return prune({ version: MEMORY_VERSION, pages, selectors });
  } catch {
    return emptyMemory();
  }
}

/** Remember this page's prints (a page visited again replaces its own entry), then apply the caps (oldest first). */
export function remember(
  memory: SiteMemory,
  pageUrl: string,
  prints: readonly BlockPrint[],
  now: number,
  caps: MemoryCaps = DEFAULT_MEMORY_CAPS,
): SiteMemory {
  const page = pageKey(pageUrl);
  const unique = Array.from(new Set(prints.map((p) => p.print).filter(isPrint)));
  const selectors = { ...memory.selectors };
  for (const { print, selector } of prints) {
    if (selector !== '' && isBoxPrint(print) && selector.length <= MAX_SELECTOR_CHARS)
      selectors[print] = selector;
  }
  const pages = [
    ...memory.pages.filter((p) => p.page !== page),
    { page, seen: now, prints: unique.slice(0, Math.max(0, caps.printsPerSite)) },
  ];
  while (pages.length > Math.max(1, caps.pagesPerSite)) pages.shift();
  while (pages.length > 1 && distinctPrints(pages) > caps.printsPerSite) pages.shift();
  return prune({ version: MEMORY_VERSION, pages, selectors });
}

/** The template for a page: prints seen on >= minPages distinct pages other than `pageUrl`. Empty below minPages pages. */
export function templateFor(
  memory: SiteMemory,
  pageUrl: string,
  minPages: number = DEFAULT_MIN_PAGES,
): SiteTemplate {
  const self = pageKey(pageUrl);
  const counts = pageCounts(memory.pages.filter((p) => p.page !== self));
  const blocks: { print: string; pages: number }[] = [];
  for (const [print, { pages }] of counts) if (pages >= minPages) blocks.push({ print, pages });
  return { blocks };
}

/** What the rules manager lists: each learned template block with its page count, selector and last-seen time. */
export function learnedBlocks(
  memory: SiteMemory,
  minPages: number = DEFAULT_MIN_PAGES,
): { print: string; pages: number; selector: string; lastSeen: number }[] {
  const out: { print: string; pages: number; selector: string; lastSeen: number }[] = [];
  for (const [print, { pages, lastSeen }] of pageCounts(memory.pages)) {
    // Only boxes are ever cut (see template-cut.ts); the paragraphs are remembered to guard the article.
    if (pages >= minPages && isBoxPrint(print))
      out.push({ print, pages, selector: memory.selectors[print] ?? '', lastSeen });
  }
  return out.sort((a, b) => b.pages - a.pages || b.lastSeen - a.lastSeen);
}

/** Size in bytes of the stored JSON, for the all-sites cap. */
export function memoryBytes(memory: SiteMemory): number {
  return new TextEncoder().encode(JSON.stringify(memory)).length;
}

/** Which sites to drop, least recently used first, so the total fits `capBytes`. */
export function sitesToEvict(
  sizes: Record<string, { bytes: number; lastUsed: number }>,
  capBytes: number,
): string[] {
  const entries = Object.entries(sizes);
  let total = entries.reduce((sum, [, s]) => sum + s.bytes, 0);
  const out: string[] = [];
  for (const [host, size] of entries.sort((a, b) => a[1].lastUsed - b[1].lastUsed)) {
    if (total <= capBytes) break;
    out.push(host);
    total -= size.bytes;
  }
  return out;
}

function pageCounts(pages: readonly RememberedPage[]): Map<string, { pages: number; lastSeen: number }> {
  const counts = new Map<string, { pages: number; lastSeen: number }>();
  for (const page of pages) {
    for (const print of page.prints) {
      const entry = counts.get(print);
      if (entry) {
        entry.pages++;
        entry.lastSeen = Math.max(entry.lastSeen, page.seen);
      } else counts.set(print, { pages: 1, lastSeen: page.seen });
    }
  }
  return counts;
}

function distinctPrints(pages: readonly RememberedPage[]): number {
  const all = new Set<string>();
  for (const page of pages) for (const print of page.prints) all.add(print);
  return all.size;
}

/** Selectors of prints no page holds any more go too. */
function prune(memory: SiteMemory): SiteMemory {
  const held = new Set<string>();
  for (const page of memory.pages) for (const print of page.prints) held.add(print);
  const selectors: Record<string, string> = {};
  for (const [print, selector] of Object.entries(memory.selectors))
    if (held.has(print)) selectors[print] = selector;
  return { ...memory, selectors };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
