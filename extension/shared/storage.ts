/**
 * Typed, versioned settings in `browser.storage.local`. A boolean counts as off only when it is exactly
 * `false`, so a missing or damaged value never switches a feature off by accident.
 * (Skeleton: types first; the extension issue fills in load/save, caching and migrations.)
 */

export interface SiteSettings {
  /** Built-in rule packs on this host (off only when exactly `false`). */
  builtinRules?: boolean;
  /** Open the reader view automatically on this host. */
  autoClean?: boolean;
  /** Rule ids switched off on this host. */
  disabledRuleIds?: string[];
  /** The user's own rules for this host, in uBO cosmetic syntax (`host##sel`, `host#@#sel`), one a line. */
  userRules?: string;
}

export type ReaderTheme = 'light' | 'sepia' | 'dark';
export type ReaderFont = 'serif' | 'sans';

export interface ReaderPrefs {
  theme: ReaderTheme;
  font: ReaderFont;
  /** Font size in px. */
  fontSize: number;
  /** Line width in `ch`. */
  lineWidth: number;
}

export const DEFAULT_READER_PREFS: ReaderPrefs = { theme: 'light', font: 'serif', fontSize: 19, lineWidth: 68 };

export const SETTINGS_VERSION = 1;

export interface StoredSettings {
  version: typeof SETTINGS_VERSION;
  sites: Record<string, SiteSettings>;
  /** Rules that apply on every site (the user's global list). */
  globalRules: string;
  reader: ReaderPrefs;
}
