import { describe, expect, it } from 'vitest';
import { formatPublished } from '../../extension/reader/format-date';
import { applyAction, normalizePrefs } from '../../extension/reader/prefs';
import { DEFAULT_READER_PREFS } from '../../extension/shared/storage';

describe('formatPublished', () => {
  it('formats ISO dates in the article language', () => {
    expect(formatPublished('2024-03-05', 'en')).toBe('March 5, 2024');
    expect(formatPublished('2024-03-05', 'de')).toBe('5. März 2024');
    expect(formatPublished('2024-03-05T12:00:00+00:00', 'fr')).toBe('5 mars 2024');
  });

  it('falls back to the raw text, or to the default locale for a broken language tag', () => {
    expect(formatPublished('last Tuesday', 'en')).toBe('last Tuesday');
    expect(formatPublished('2024-13-45', 'en')).toBe('2024-13-45');
    expect(formatPublished('2024-03-05', 'not a lang!')).toMatch(/2024/);
    expect(formatPublished('   ', 'en')).toBeNull();
    expect(formatPublished(null, 'en')).toBeNull();
  });
});

describe('reader prefs', () => {
  it('repairs damaged prefs and clamps numbers', () => {
    expect(normalizePrefs(null)).toEqual(DEFAULT_READER_PREFS);
    expect(normalizePrefs({ theme: 'dark', font: 'sans', fontSize: 13.6, lineWidth: 91 })).toEqual({
      theme: 'dark',
      font: 'sans',
      fontSize: 14,
      lineWidth: 90,
    });
    expect(normalizePrefs({ fontSize: '20' as unknown as number }).fontSize).toBe(
      DEFAULT_READER_PREFS.fontSize,
    );
  });

  it('steps and clamps toolbar actions', () => {
    const atMax = { ...DEFAULT_READER_PREFS, fontSize: 28, lineWidth: 88 };
    expect(applyAction(atMax, { kind: 'font-size', delta: 1 }).fontSize).toBe(28);
    expect(applyAction(atMax, { kind: 'line-width', delta: 1 }).lineWidth).toBe(90);
    expect(applyAction(DEFAULT_READER_PREFS, { kind: 'toggle-font' }).font).toBe('sans');
    expect(applyAction(DEFAULT_READER_PREFS, { kind: 'theme', theme: 'sepia' }).theme).toBe('sepia');
  });
});
