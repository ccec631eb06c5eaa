/**
 * Split names, by name: a page repeats the same class words on many elements, sites repeat them on every page,
 * and five heuristics read the same words again. Bounded, so a page of generated class names cannot grow it
 * without end.
 */
const tokensByName = new Map<string, readonly string[]>();
const MAX_REMEMBERED = 20_000;

/**
 * The words of a class or id, as the heuristics read them: split at case changes and at anything not a letter,
 * lower-cased. "entry-author-info" → entry, author, info; "navBreadcrumbs" → nav, breadcrumbs;
 * "c-sheet__tags" → c, sheet, tags.
 */
export function nameTokens(name: string): readonly string[] {
  let tokens = tokensByName.get(name);
  if (!tokens) {
    tokens = apartAtCase(name)
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((t) => t !== '');
    if (tokensByName.size >= MAX_REMEMBERED) tokensByName.clear();
    tokensByName.set(name, tokens);
  }
  return tokens;
}

/** A camel-case name written apart, word by word: "articleTeaser" → "article Teaser". */
export function apartAtCase(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** An element's names as the heuristics read them: its class and its id, in one string ("" for neither). */
export function namesOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/** Whether a word of `names` (a class or id string) has a token that passes `test`. */
export function someNameToken(names: string, test: (token: string) => boolean): boolean {
  return names.split(/\s+/).some((word) => nameTokens(word).some(test));
}
