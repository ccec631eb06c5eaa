/**
 * A rule's id comes from its text, never from where it sits in a list (uBlock Origin identifies filters the same
 * way). Adding, removing or reordering lines in a pack leaves every other rule's id alone, so what a user switched
 * off stays switched off.
 *
 * The id is `<pack>:<hash of the normalised line>`: short enough to store many of them in `storage.sync`, and the
 * same for two spellings of one filter (`Example.com ,~m.example.com##.x` and `example.com,~m.example.com##.x`).
 */

const SEPARATOR = /#@?#/;

/** The line with its host list lower-cased and without spaces, and the selector trimmed. */
export function normaliseRuleText(line: string): string {
  const text = line.trim();
  const sep = SEPARATOR.exec(text);
  if (!sep) return text;
  const hosts = text
    .slice(0, sep.index)
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== '')
    .join(',');
  return `${hosts}${sep[0]}${text.slice(sep.index + sep[0].length).trim()}`;
}

export function ruleIdFor(pack: string, line: string): string {
  return `${pack}:${hashText(normaliseRuleText(line))}`;
}

/** FNV-1a, 32 bits, in base 36: up to 7 characters. Collisions inside one pack are caught by the pack tests. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
