/**
 * Typed, versioned settings in `browser.storage.local`. A boolean counts as off only when it is exactly
 * `false`, so a missing or damaged value never switches a feature off by accident.
 *
 * Everything here takes the storage area as an argument (`SettingsArea`), so the logic runs in unit tests with a
 * fake area and in the extension with `browser.storage.local`.
 */
import { hashText, normaliseRuleText } from '../../src/rules/rule-id';
import { LEGACY_BUILTIN_RULE_TEXT } from './legacy-rule-ids';
import type { Result } from './messages';
import { serialQueue } from './serial-queue';

export interface SiteSettings {
  /** Built-in rule packs on this host (off only when exactly `false`). The popup's "Clean this site". */
  builtinRules?: boolean;
  /** Open the reader view automatically on this host. */
  autoClean?: boolean;
  /** Rule ids switched off on this host. */
  disabledRuleIds?: string[];
  /** The user's own rules for this host, in uBO cosmetic syntax (`host##sel`, `host#@#sel`), one a line. */
  userRules?: string;
  /**
   * The start of the text of each block "Keep this" protected, keyed by its exception's line in `userRules`, so
   * the rules manager can show what an exception keeps. Entries whose line is gone are dropped when saved.
   */
  keptText?: Record<string, string>;
  /**
   * Site memory on this host (off only when exactly `false`): learn the site's template from the pages read here
   * and cut the blocks that repeat. The memory itself is not a setting: it is kept apart (`memory:<host>` in
   * `storage.local`, `extension/background/memory-store.ts`).
   */
  memory?: boolean;
}

/** Bounds on `keptText`, so a damaged or hostile value cannot fill the storage quota. */
export const KEPT_TEXT_LIMITS = { entries: 500, chars: 200 };

export type ReaderTheme = 'light' | 'sepia' | 'dark';
/** `system`: light or dark as the operating system is set, until the user picks a theme. */
export type ReaderThemeChoice = ReaderTheme | 'system';
export type ReaderFont = 'serif' | 'sans';

export interface ReaderPrefs {
  theme: ReaderThemeChoice;
  font: ReaderFont;
  /** Font size in px. */
  fontSize: number;
  /** Line width in `ch`. */
  lineWidth: number;
}

export const DEFAULT_READER_PREFS: ReaderPrefs = {
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  lineWidth: 68,
};

export const SETTINGS_VERSION = 2;

export interface StoredSettings {
  version: typeof SETTINGS_VERSION;
  sites: Record<string, SiteSettings>;
  /** Rules that apply on every site (the user's global list). */
  globalRules: string;
  reader: ReaderPrefs;
  /**
   * Site memory on every site (off only when exactly `false`; each site has its own switch too). Optional, and
   * on when missing, so settings written before it need no migration step.
   */
  siteMemory?: boolean;
  /**
   * Built-in packs switched off on every site (`cookies`, `share` …; `src/rules/packs/`). Optional, so settings
   * written before packs could be switched read as "every pack on" with no migration.
   */
  disabledPacks?: string[];
}

/** Bound on `disabledPacks`, so a damaged or hostile value cannot fill the storage quota. */
export const DISABLED_PACKS_LIMIT = 100;

/** The one key the settings live under in the storage area. */
export const SETTINGS_KEY = 'settings';

/**
 * Keys that hold settings in either area (`settings`, the sync chunks `settings.N`, `settingsLocation`; see
 * `settings-area.ts`): `storage.onChanged` on any of them means the settings changed.
 */
export function isSettingsKey(key: string): boolean {
  return key.startsWith(SETTINGS_KEY);
}

export function isSettingsChange(changes: Record<string, unknown>): boolean {
  return Object.keys(changes).some(isSettingsKey);
}

/** The part of `storage.StorageArea` we use; `browser.storage.local` fits it. */
export interface SettingsArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export function defaultSettings(): StoredSettings {
  return { version: SETTINGS_VERSION, sites: {}, globalRules: '', reader: { ...DEFAULT_READER_PREFS } };
}

/** A feature is on unless it is exactly `false`. */
export function isOn(value: boolean | undefined): boolean {
  return value !== false;
}

/** Site settings with every field present: what the content script and the engine need. */
export function siteOrDefault(settings: StoredSettings, host: string): SiteSettings {
  const site = settings.sites[host] ?? {};
  return {
    builtinRules: isOn(site.builtinRules),
    autoClean: site.autoClean === true,
    disabledRuleIds: site.disabledRuleIds ?? [],
    userRules: site.userRules ?? '',
    memory: isOn(site.memory),
  };
}

/**
 * Whether Pith learns and uses the site's template on `host`: the global and the site's switch are on, and Pith
 * cleans the site at all ("Clean this site" off means Pith adds nothing there, memory cuts included).
 */
export function memoryOnFor(settings: StoredSettings, host: string): boolean {
  const site = settings.sites[host] ?? {};
  return host !== '' && isOn(settings.siteMemory) && isOn(site.memory) && isOn(site.builtinRules);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function normaliseSite(value: unknown): SiteSettings | null {
  if (!isRecord(value)) return null;
  const site: SiteSettings = {};
  if (typeof value.builtinRules === 'boolean') site.builtinRules = value.builtinRules;
  if (typeof value.autoClean === 'boolean') site.autoClean = value.autoClean;
  if (Array.isArray(value.disabledRuleIds)) {
    site.disabledRuleIds = value.disabledRuleIds.filter((id): id is string => typeof id === 'string');
  }
  if (typeof value.userRules === 'string') site.userRules = value.userRules;
  if (typeof value.memory === 'boolean') site.memory = value.memory;
  const kept = normaliseKeptText(value.keptText, site.userRules ?? '');
  if (kept) site.keptText = kept;
  return site;
}

/** Only string samples of exceptions still in `userRules`, each bounded; null when none is left. */
function normaliseKeptText(value: unknown, userRules: string): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const lines = new Set(userRules.split(/\r\n|\r|\n/).map((line) => line.trim()));
  const kept: Record<string, string> = {};
  let n = 0;
  for (const [line, text] of Object.entries(value)) {
    if (typeof text !== 'string' || !lines.has(line) || !line.includes('#@#')) continue;
    if (n++ >= KEPT_TEXT_LIMITS.entries) break;
    kept[line] = text.slice(0, KEPT_TEXT_LIMITS.chars);
  }
  return n === 0 ? null : kept;
}

function normaliseReader(value: unknown): ReaderPrefs {
  const prefs = { ...DEFAULT_READER_PREFS };
  if (!isRecord(value)) return prefs;
  if (
    value.theme === 'light' ||
    value.theme === 'sepia' ||
    value.theme === 'dark' ||
    value.theme === 'system'
  ) {
    prefs.theme = value.theme;
  }
  if (value.font === 'serif' || value.font === 'sans') prefs.font = value.font;
  if (typeof value.fontSize === 'number' && value.fontSize >= 10 && value.fontSize <= 40) {
    prefs.fontSize = value.fontSize;
  }
  if (typeof value.lineWidth === 'number' && value.lineWidth >= 30 && value.lineWidth <= 120) {
    prefs.lineWidth = value.lineWidth;
  }
  return prefs;
}

/** Defaults merged under whatever valid fields a stored v1 object has; damaged fields fall back to defaults. */
export function normaliseSettings(value: unknown): StoredSettings {
  const settings = defaultSettings();
  if (!isRecord(value)) return settings;
  if (isRecord(value.sites)) {
    for (const [host, raw] of Object.entries(value.sites)) {
      const site = normaliseSite(raw);
      if (site) settings.sites[host] = site;
    }
  }
  if (typeof value.globalRules === 'string') settings.globalRules = value.globalRules;
  if (typeof value.siteMemory === 'boolean') settings.siteMemory = value.siteMemory;
  settings.reader = normaliseReader(value.reader);
  const packs = normalisePacks(value.disabledPacks);
  if (packs.length > 0) settings.disabledPacks = packs;
  return settings;
}

/**
 * Pack names as strings, once each, sorted so the same set always stores (and keys a cached report) the same
 * way. Names of packs this Pith does not ship are kept: a later Pith, or one synced from it, may have them.
 */
function normalisePacks(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const names = value.filter(
    (name): name is string => typeof name === 'string' && /^[a-z0-9-]{1,40}$/.test(name),
  );
  return [...new Set(names)].sort().slice(0, DISABLED_PACKS_LIMIT);
}

/** One forward step: takes the whole storage area's contents at version N, returns version N+1's settings. */
type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * v0 (before versioning) kept a flat `disabledHosts: string[]` at the top of the area: hosts where Pith's
 * cleaning was switched off. In v1 that is `sites[host].builtinRules = false`.
 */
const fromV0: Migration = (raw) => {
  const sites: Record<string, SiteSettings> = {};
  const hosts = Array.isArray(raw.disabledHosts) ? raw.disabledHosts : [];
  for (const host of hosts) {
    if (typeof host === 'string' && host.trim() !== '')
      sites[host.trim().toLowerCase()] = { builtinRules: false };
  }
  return { version: 1, sites, globalRules: '', reader: { ...DEFAULT_READER_PREFS } };
};

/**
 * v1 stored built-in rule ids as `<pack>:<line>`, which pointed at another rule whenever a pack gained a line.
 * v2 ids come from the rule's text (`src/rules/rule-id.ts`). Old built-in ids are looked up in the frozen table
 * of what each line was; old user ids (a hash of the trimmed line) are recomputed from the user's own rules.
 * Ids that are neither (heuristics, or rules that no longer exist) are kept as they were.
 */
const fromV1: Migration = (raw) => {
  const renamed = new Map<string, string>();
  for (const [oldId, text] of Object.entries(LEGACY_BUILTIN_RULE_TEXT)) {
    renamed.set(oldId, `${oldId.slice(0, oldId.indexOf(':'))}:${hashText(text)}`);
  }
  const sites = isRecord(raw.sites) ? raw.sites : {};
  const userTexts = [
    raw.globalRules,
    ...Object.values(sites).map((site) => isRecord(site) && site.userRules),
  ];
  for (const text of userTexts) {
    if (typeof text !== 'string') continue;
    for (const line of text.split(/\r\n|\r|\n/)) {
      if (line.trim() === '') continue;
      renamed.set(`user:${hashText(line.trim())}`, `user:${hashText(normaliseRuleText(line))}`);
    }
  }
  const nextSites: Record<string, unknown> = {};
  for (const [host, site] of Object.entries(sites)) {
    if (isRecord(site) && Array.isArray(site.disabledRuleIds)) {
      const ids = site.disabledRuleIds.map((id: unknown) =>
        typeof id === 'string' ? (renamed.get(id) ?? id) : id,
      );
      nextSites[host] = { ...site, disabledRuleIds: [...new Set(ids)] };
    } else {
      nextSites[host] = site;
    }
  }
  return { ...raw, version: 2, sites: nextSites };
};

/** `MIGRATIONS[n]` turns version n into n+1. */
const MIGRATIONS: Migration[] = [fromV0, fromV1];

/** Keys of the v0 layout, removed once migrated. */
const LEGACY_KEYS = ['disabledHosts'];

export interface LoadedSettings {
  settings: StoredSettings;
  /** Versions the data went through, e.g. `[0, 1]`; empty when nothing ran. */
  migratedFrom: number[];
}

/** Reads the area's raw contents into current settings, running migrations forward from whatever version is there. */
export function migrate(all: Record<string, unknown>): LoadedSettings {
  const stored = all[SETTINGS_KEY];
  let version: number;
  let current: Record<string, unknown>;
  if (isRecord(stored) && typeof stored.version === 'number') {
    version = stored.version;
    current = stored;
  } else if (LEGACY_KEYS.some((key) => key in all)) {
    version = 0;
    current = all;
  } else {
    return { settings: defaultSettings(), migratedFrom: [] };
  }
  const migratedFrom: number[] = [];
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    migratedFrom.push(version);
    current = step(current);
    version += 1;
  }
  // A newer version written by a later Pith: read what we understand, never write back over it.
  return { settings: normaliseSettings(current), migratedFrom };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Settings with an in-memory cache. `attach` wires `storage.onChanged` so the cache follows writes from other
 * pages (options, popup). Writes that fail (quota) leave the cache and the stored value as they were.
 */
export class SettingsStore {
  private cache: StoredSettings | null = null;
  /** The last queued update: each update starts after the previous one has written, so none is lost. */
  private readonly queue = serialQueue();

  constructor(private readonly area: SettingsArea) {}

  async load(): Promise<Result<StoredSettings>> {
    if (this.cache) return { ok: true, value: this.cache };
    let all: Record<string, unknown>;
    try {
      all = await this.area.get(null);
    } catch (error) {
      return storageFailed(`Pith could not read its settings (${describe(error)}).`);
    }
    const { settings, migratedFrom } = migrate(all);
    if (migratedFrom.length > 0) {
      try {
        await this.area.set({ [SETTINGS_KEY]: settings });
        await this.area.remove(LEGACY_KEYS);
      } catch (error) {
        // The migrated copy still serves this session; the next load migrates again.
        this.cache = settings;
        return storageFailed(`Pith upgraded its settings but could not save them (${describe(error)}).`);
      }
    }
    this.cache = settings;
    return { ok: true, value: settings };
  }

  /** The cached settings, or null before the first `load`. */
  peek(): StoredSettings | null {
    return this.cache;
  }

  /**
   * Applies `change` to a copy and writes it; on failure the previous settings stay in place. Updates run one
   * after another, each on the settings the previous one wrote: two quick toggles both persist.
   */
  update(change: (draft: StoredSettings) => void): Promise<Result<StoredSettings>> {
    return this.queue.run(() => this.applyUpdate(change));
  }

  private async applyUpdate(change: (draft: StoredSettings) => void): Promise<Result<StoredSettings>> {
    const loaded = await this.load();
    if (!loaded.ok) return loaded;
    const next = structuredClone(loaded.value);
    change(next);
    const normalised = normaliseSettings(next);
    try {
      await this.area.set({ [SETTINGS_KEY]: normalised });
    } catch (error) {
      return storageFailed(
        `Pith could not save the change, so your previous settings are kept (${describe(error)}).`,
      );
    }
    this.cache = normalised;
    return { ok: true, value: normalised };
  }

  async updateSite(host: string, patch: Partial<SiteSettings>): Promise<Result<SiteSettings>> {
    const saved = await this.update((draft) => {
      const site = { ...draft.sites[host], ...patch };
      // Drop fields set to undefined or to their default, so "back to default" really removes them: a patch sent
      // as a message may only say `builtinRules: true` (JSON messages drop `undefined`).
      for (const key of Object.keys(site) as (keyof SiteSettings)[])
        if (site[key] === undefined || isDefault(key, site[key])) delete site[key];
      if (Object.keys(site).length === 0) delete draft.sites[host];
      else draft.sites[host] = site;
    });
    return saved.ok ? { ok: true, value: siteOrDefault(saved.value, host) } : saved;
  }

  /**
   * Feed `storage.onChanged` events (either area) here so the cache follows other writes: the settings may be
   * split over several keys (`settings-area.ts`), so the next `load` reads them again.
   */
  onChanged(changes: Record<string, unknown>): void {
    if (isSettingsChange(changes)) this.cache = null;
  }
}

/** A site field at its default value says nothing; stored, it would keep an otherwise empty site listed. */
function isDefault(key: keyof SiteSettings, value: SiteSettings[keyof SiteSettings]): boolean {
  if (key === 'builtinRules') return value === true;
  if (key === 'autoClean') return value === false;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'string') return value.trim() === '';
  return false;
}

function storageFailed(message: string): Result<never> {
  return { ok: false, error: { code: 'storage-failed', message } };
}

/** The export file: a marker so a stranger's JSON is recognised and refused. */
export const EXPORT_FORMAT = 'pith-settings';

export interface SettingsExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  settings: StoredSettings;
}

export function exportSettings(settings: StoredSettings): string {
  const file: SettingsExport = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings };
  return JSON.stringify(file, null, 2);
}
