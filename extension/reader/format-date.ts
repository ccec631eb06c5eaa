/**
 * Formats an ISO date for the byline in the article's language. Anything that is not a parseable date
 * ("3 days ago", a bare year) is shown as it was given, since the raw text is still useful to a reader.
 */
export function formatPublished(
  raw: string | null | undefined,
  lang: string | null | undefined,
): string | null {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return null;
  // Only ISO-like strings: Date.parse accepts odd formats differently across engines.
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return text;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return text;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) };
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, options).format(date);
  } catch {
    // An invalid language tag throws a RangeError: use the browser's locale instead.
    try {
      return new Intl.DateTimeFormat(undefined, options).format(date);
    } catch {
      return text;
    }
  }
}
