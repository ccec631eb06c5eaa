/**
 * The text of a block as the site memory compares it. Trivial variation between two pages of a site must not
 * make one template block look like two: white space, case, punctuation, and numbers (a comment counter, the
 * year in "© 2026", a date in "Updated 3 May"). Each run of digits becomes one `#`, so "12 comments" and
 * "7 comments" match, while words are kept as they are: "Sign up" and "Sign in" stay apart.
 */
export function normaliseBlockText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{N}+/gu, '#')
    .replace(/[^\p{L}\p{M}#]+/gu, ' ')
    .trim();
}

/** A block whose normalised text has no letter (a lone "#", an arrow, a counter) says nothing about the site. */
export function hasLetters(normalised: string): boolean {
  return /\p{L}/u.test(normalised);
}
