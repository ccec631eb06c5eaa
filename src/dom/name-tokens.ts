/**
 * The words of a class or id, as the heuristics read them: split at case changes and at anything not a letter,
 * lower-cased. "entry-author-info" → entry, author, info; "navBreadcrumbs" → nav, breadcrumbs;
 * "c-sheet__tags" → c, sheet, tags.
 */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((t) => t !== '');
}
