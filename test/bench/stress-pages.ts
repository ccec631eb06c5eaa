/**
 * Generated stress pages, one per way a page can be big: the 5 MB pages the targets are stated for (a real page's
 * shape — most of its bytes scripts and attributes — and 5 MB of nothing but markup or text), and pages past every
 * limit of `src/stages/page-limits.ts` and `src/node.ts`. Used by `npm run bench:stress` (timings and memory) and by
 * `test/unit/stress.test.ts` (a defined result for each).
 */

export interface StressPage {
  name: string;
  /** What the page is built to stress. */
  what: string;
  html: string;
  /** Whether the engine should say the page was cut at a limit. */
  tooLarge: boolean;
}

export const MB = 1_000_000;

const PARAGRAPH =
  'The council voted on Tuesday to rebuild the harbour wall before the winter storms, two years later than promised and at almost twice the first estimate, after engineers found the seabed softer than the surveys had shown.';

/** Repeats `unit(i)` until the page holds about `bytes` characters. */
function fill(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall rebuilt</title>${head}</head><body>${body}</body></html>`;
}

const ARTICLE = `<article><h1>Harbour wall rebuilt</h1>${Array.from({ length: 40 }, (_, i) => `<p>${PARAGRAPH} (${i + 1})</p>`).join('')}</article>`;

/** A news page's shape at 5 MB: 3 MB of inline script and JSON, long class lists, menus, cards, comments. */
function realShape(bytes: number): string {
  const script = `<script>window.__STATE__=${JSON.stringify({ items: fill(bytes * 0.6, (i) => `item-${i}-${'x'.repeat(40)},`) })}</script>`;
  const cls = 'css-1x2y3z4 flex items-center justify-between px-4 py-2 text-sm font-medium';
  const card = (i: number): string =>
    `<div class="${cls} card"><a href="/story/${i}" class="${cls}"><img src="/img/${i}.jpg" alt="" loading="lazy" data-src="/img/${i}@2x.jpg"><span class="${cls}">Story ${i}: a headline of some length that sits in a card</span></a></div>`;
  const menu = `<nav><ul>${Array.from({ length: 200 }, (_, i) => `<li class="${cls}"><a href="/s/${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;
  const comments = `<section class="comments">${fill(bytes * 0.15, (i) => `<div class="comment ${cls}"><b>user${i}</b><p>I think the council should have done this years ago, frankly. (${i})</p></div>`)}</section>`;
  const cards = `<aside class="related">${fill(bytes * 0.15, card)}</aside>`;
  return page(script, `${menu}<main>${ARTICLE}${cards}</main>${comments}<footer>Footer</footer>`);
}

export function stressPages(): StressPage[] {
  return [
    {
      name: '5mb-real-shape',
      // Its comment thread holds about 3,900 comments side by side: past the 3,000 children one parent keeps.
      what: '5 MB shaped like a real news page (scripts, long class lists, cards, 3,900 comments in one thread)',
      html: realShape(5 * MB),
      tooLarge: true,
    },
    {
      name: '5mb-markup',
      what: '5 MB of small elements (about 170,000), past the element limit',
      html: page('', `<main>${ARTICLE}${fill(5 * MB, (i) => `<div><span>w${i}</span></div>`)}</main>`),
      tooLarge: true,
    },
    {
      name: '5mb-text',
      what: '5 MB of prose in 20,000 paragraphs, past the text limit',
      html: page('', `<article>${fill(5 * MB, (i) => `<p>${PARAGRAPH} ${i}</p>`)}</article>`),
      tooLarge: true,
    },
    {
      name: '5mb-one-text-node',
      what: 'one 5 MB text node',
      html: page('', `${ARTICLE}<p>${'word '.repeat(MB)}</p>`),
      tooLarge: true,
    },
    {
      name: '20mb-page',
      what: '20 MB of markup, past the HTML size limit',
      html: page(
        '',
        `<main>${ARTICLE}${fill(20 * MB, (i) => `<p class="x">Line ${i} of the page.</p>`)}</main>`,
      ),
      tooLarge: true,
    },
    {
      name: '1m-elements',
      what: '1,000,000 small elements',
      html: page('', `${ARTICLE}<div>${'<i>x</i>'.repeat(MB)}</div>`),
      tooLarge: true,
    },
    {
      name: '60k-attributes',
      what: '60,000 attributes on one element',
      html: page(
        '',
        `${ARTICLE}<div ${Array.from({ length: 60_000 }, (_, i) => `data-a${i}="v"`).join(' ')}>x</div>`,
      ),
      tooLarge: true,
    },
    {
      name: '10k-deep',
      what: '10,000 nested elements',
      html: page('', `${ARTICLE}${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}`),
      tooLarge: true,
    },
    {
      name: '20k-siblings-cut',
      what: '20,000 sibling share bars, every one cut by a rule',
      html: page('', `<main>${ARTICLE}${'<div class="share-bar">Share this</div>'.repeat(20_000)}</main>`),
      tooLarge: true,
    },
  ];
}
