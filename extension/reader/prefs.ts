import { DEFAULT_READER_PREFS } from '../shared/storage';
import type { ReaderFont, ReaderPrefs, ReaderTheme, ReaderThemeChoice } from '../shared/storage';

export const THEMES: readonly ReaderTheme[] = ['light', 'sepia', 'dark'];
const THEME_CHOICES: readonly ReaderThemeChoice[] = [...THEMES, 'system'];
export const FONTS: readonly ReaderFont[] = ['serif', 'sans'];

export const FONT_SIZE = { min: 14, max: 28, step: 1 } as const;
export const LINE_WIDTH = { min: 45, max: 90, step: 5 } as const;

function clampNumber(value: unknown, range: { min: number; max: number }, fallback: number): number {
  // Stored prefs may be damaged (strings, NaN): fall back instead of rendering a 0px or 1e9ch page.
  const n = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(n)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(n)));
}

/** Returns a complete, in-range copy of `prefs`; unknown or missing fields take the defaults. */
export function normalizePrefs(prefs: Partial<ReaderPrefs> | null | undefined): ReaderPrefs {
  const p: Partial<ReaderPrefs> = prefs && typeof prefs === 'object' ? prefs : {};
  return {
    theme: THEME_CHOICES.includes(p.theme as ReaderThemeChoice)
      ? (p.theme as ReaderThemeChoice)
      : DEFAULT_READER_PREFS.theme,
    font: FONTS.includes(p.font as ReaderFont) ? (p.font as ReaderFont) : DEFAULT_READER_PREFS.font,
    fontSize: clampNumber(p.fontSize, FONT_SIZE, DEFAULT_READER_PREFS.fontSize),
    lineWidth: clampNumber(p.lineWidth, LINE_WIDTH, DEFAULT_READER_PREFS.lineWidth),
  };
}

export function samePrefs(a: ReaderPrefs, b: ReaderPrefs): boolean {
  return a.theme === b.theme && a.font === b.font && a.fontSize === b.fontSize && a.lineWidth === b.lineWidth;
}

export type PrefsAction =
  | { kind: 'theme'; theme: ReaderTheme }
  | { kind: 'toggle-font' }
  | { kind: 'font-size'; delta: -1 | 1 }
  | { kind: 'line-width'; delta: -1 | 1 };

/** Applies one toolbar action; the result is always normalized (clamped). */
export function applyAction(prefs: ReaderPrefs, action: PrefsAction): ReaderPrefs {
  switch (action.kind) {
    case 'theme':
      return normalizePrefs({ ...prefs, theme: action.theme });
    case 'toggle-font':
      return normalizePrefs({ ...prefs, font: prefs.font === 'serif' ? 'sans' : 'serif' });
    case 'font-size':
      return normalizePrefs({ ...prefs, fontSize: prefs.fontSize + action.delta * FONT_SIZE.step });
    case 'line-width':
      return normalizePrefs({ ...prefs, lineWidth: prefs.lineWidth + action.delta * LINE_WIDTH.step });
  }
}

/** The theme to draw: `system` follows the operating system's light or dark setting. */
export function resolveTheme(choice: ReaderThemeChoice, systemDark: boolean): ReaderTheme {
  if (choice !== 'system') return choice;
  return systemDark ? 'dark' : 'light';
}
