/**
 * A title or headline reduced to its letters and digits, in lower case: quotes, dashes, spacing and a closing "…"
 * differ between a page's `<title>`, its headline and a block that repeats it, and the stages that find the
 * headline by the title (restore-lead, headline-section) compare these.
 */
export function foldTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
