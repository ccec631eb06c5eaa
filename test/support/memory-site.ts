/**
 * A small made-up site for the site-memory tests: every page has the same template (a "Dossiers" rail, a
 * partner box, a footer, an author promo) around its own story. Class names are plain on purpose, so no
 * built-in rule or heuristic knows them and only the memory can.
 */
export interface SitePageParts {
  /** Extra HTML inside the article body, after the story's own paragraphs. */
  inBody?: string;
  /** Extra HTML at the top of the article body (a standfirst). */
  lead?: string;
  /** The rail's items change per page unless given. */
  railItems?: string[];
}

const WORDS = ['harbour', 'council', 'tramline', 'orchard', 'library', 'ferry', 'bakery', 'museum'];

/** A place name for story `n` in letters: the memory folds numbers, so "story 4" alone would not tell stories apart. */
export function placeOf(n: number): string {
  return `${String(n)
    .split('')
    .map((d) => 'bcdfghklmn'[Number(d)] ?? 'x')
    .join('')}ford`;
}

export function storyParagraphs(n: number, count = 6): string {
  return Array.from({ length: count }, (_, i) => {
    const w = WORDS[(n + i) % WORDS.length] ?? 'town';
    return `<p>In part ${i + 1} of story ${n}, the ${w} dispute in ${placeOf(n)} went on as neighbours argued about the ${w} and its future, while officials promised a decision on the ${w} ${n * 3 + i} weeks from now.</p>`;
  }).join('\n');
}

export function sitePage(n: number, parts: SitePageParts = {}): string {
  const rail = (parts.railItems ?? [`Story ${n + 10} on the ferry`, `Story ${n + 20} on the orchard`])
    .map((t, i) => `<div class="r-item"><a href="/s/${n}-${i}">${t}</a></div>`)
    .join('');
  return `<!doctype html><html lang="en"><head><title>Story ${n} headline for the town</title></head><body>
<div class="top"><a href="/">The Town Gazette</a> <a href="/local">Local</a> <a href="/sport">Sport</a></div>
<div class="wrap"><div class="col">
<div class="story"><h1>Story ${n} headline for the town</h1>
<div class="body">${parts.lead ?? ''}${storyParagraphs(n)}${parts.inBody ?? ''}
<div class="note"><p><b>Corrections</b></p><p>Spotted an error? Write to the desk and we will look at it today.</p></div></div>
<div class="pb"><div class="pb-name">Written by Ada Lowe</div><div class="pb-text">Ada covers the harbour and the council for the Gazette.</div></div>
</div></div>
<div class="side"><div class="side-box"><h4>Dossiers</h4>${rail}</div>
<div class="partner"><div class="p1">Partner content</div><div class="p2">Visit the Gazette shop for prints and maps of the town.</div></div></div></div>
<div class="bottom"><div class="b1">The Town Gazette, 12 Quay Street</div><div class="b2">Editor: M. Ruiz. Printed since 1898.</div></div>
</body></html>`;
}
