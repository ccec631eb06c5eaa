/** Text measurements shared by rules, heuristics and stats. */

/** The element's text with runs of white space folded to one space, trimmed. */
export function normalizedText(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Words as the benchmark counts them: runs of Unicode word characters. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}\p{M}_]+/gu)?.length ?? 0;
}

/** Share of the element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = normalizedText(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += normalizedText(a).length;
  return Math.min(1, linked / total);
}
