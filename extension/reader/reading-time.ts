/**
 * "6 min read" from the engine's word count. 230 words a minute is the usual silent-reading rate for
 * adults reading prose on screen; a reader wants an order of magnitude, not a promise.
 */
const WORDS_PER_MINUTE = 230;

export function readingTime(words: number | undefined): string | null {
  if (typeof words !== 'number' || !Number.isFinite(words) || words <= 0) return null;
  const minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
  return `${minutes} min read`;
}
