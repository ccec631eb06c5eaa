import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MIN_PAGES,
  emptyMemory,
  learnedBlocks,
  memoryBytes,
  parseMemory,
  remember,
  sitesToEvict,
  templateFor,
  type SiteMemory,
} from '../../src/memory/store';
import type { BlockPrint } from '../../src/types';

const box = (n: number, selector = ''): BlockPrint => ({ print: `b${n.toString(36)}.p1`, selector });
const leaf = (n: number): BlockPrint => ({ print: `t${n.toString(36)}.p2`, selector: '' });
const page = (n: number): string => `https://site.example/p/${n}`;

function learn(
  count: number,
  prints: (n: number) => BlockPrint[],
  caps?: Parameters<typeof remember>[4],
): SiteMemory {
  let mem = emptyMemory();
  for (let n = 1; n <= count; n++) mem = remember(mem, page(n), prints(n), 1000 + n, caps);
  return mem;
}

describe('site memory store', () => {
  it('lists a print once it is on the threshold of other pages, with its count', () => {
    const mem = learn(4, (n) => [box(1, 'aside.rail'), leaf(100 + n)]);
    expect(
      templateFor(
        learn(2, () => [box(1)]),
        page(9),
      ).blocks,
    ).toEqual([]);
    expect(templateFor(mem, page(9)).blocks).toEqual([{ print: box(1).print, pages: 4 }]);
    // The page itself does not count for itself: page 4 sees three others.
    expect(templateFor(mem, page(4)).blocks).toEqual([{ print: box(1).print, pages: 3 }]);
    expect(DEFAULT_MIN_PAGES).toBe(3);
  });

  it('counts a page visited again once, and a fragment does not make another page', () => {
    let mem = emptyMemory();
    for (const address of [page(1), page(1), `${page(1)}#comments`, page(2)])
      mem = remember(mem, address, [box(1)], 1);
    expect(mem.pages).toHaveLength(2);
    expect(templateFor(mem, page(3), 2).blocks).toEqual([{ print: box(1).print, pages: 2 }]);
    expect(templateFor(mem, page(3), 3).blocks).toEqual([]);
  });

  it('keeps at most the capped number of pages, dropping the oldest', () => {
    const mem = learn(5, (n) => [box(n)], { pagesPerSite: 3, printsPerSite: 100 });
    expect(mem.pages.map((p) => p.seen)).toEqual([1003, 1004, 1005]);
  });

  it('drops whole oldest pages until the distinct prints fit, and cuts one huge page', () => {
    const mem = learn(4, (n) => [box(10 * n), box(10 * n + 1)], { pagesPerSite: 10, printsPerSite: 5 });
    expect(mem.pages.map((p) => p.seen)).toEqual([1003, 1004]);
    const huge = remember(emptyMemory(), page(1), [box(1), box(2), box(3)], 1, {
      pagesPerSite: 3,
      printsPerSite: 2,
    });
    expect(huge.pages[0]?.prints).toHaveLength(2);
  });

  it('keeps selectors only for prints still held, and lists learned boxes (not paragraphs)', () => {
    const mem = learn(4, (n) => [box(1, '#newsletter'), leaf(7), box(50 + n, 'div.x')], {
      pagesPerSite: 3,
      printsPerSite: 100,
    });
    expect(Object.keys(mem.selectors).sort()).toEqual(
      [box(1).print, box(52).print, box(53).print, box(54).print].sort(),
    );
    expect(learnedBlocks(mem)).toEqual([
      { print: box(1).print, pages: 3, selector: '#newsletter', lastSeen: 1004 },
    ]);
  });

  it('evicts the least recently used sites until the total fits', () => {
    const sizes = {
      a: { bytes: 500, lastUsed: 3 },
      b: { bytes: 400, lastUsed: 1 },
      c: { bytes: 300, lastUsed: 2 },
    };
    expect(sitesToEvict(sizes, 2000)).toEqual([]);
    expect(sitesToEvict(sizes, 900)).toEqual(['b']);
    expect(sitesToEvict(sizes, 600)).toEqual(['b', 'c']);
    expect(sitesToEvict(sizes, 0)).toEqual(['b', 'c', 'a']);
  });

  it('turns damaged or foreign values into an empty memory, never a throw', () => {
    const hostile = Object.defineProperty({ version: 1 }, 'pages', {
      get() {
        throw new Error('boom');
      },
    });
    for (const value of [
      null,
      undefined,
      3,
      'x',
      [],
      {},
      { version: 2, pages: [] },
      { version: 1, pages: 'no' },
      hostile,
    ])
      expect(parseMemory(value)).toEqual(emptyMemory());
    const mixed = parseMemory({
      version: 1,
      pages: [
        { page: 'k1', seen: 5, prints: [box(1).print, 'not a print', 7, box(1).print] },
        { page: 'k2', seen: 'yesterday', prints: [] },
        { page: 'k1', seen: 9, prints: [] },
        null,
        { page: 'k3', seen: 2, prints: [leaf(1).print] },
      ],
      selectors: { [box(1).print]: 'aside', [leaf(1).print]: 'p', junk: 'x', [box(9).print]: 'div' },
    });
    expect(mixed).toEqual({
      version: 1,
      pages: [
        { page: 'k3', seen: 2, prints: [leaf(1).print] },
        { page: 'k1', seen: 5, prints: [box(1).print] },
      ],
      selectors: { [box(1).print]: 'aside' },
    });
  });

  it('round-trips through JSON and measures its bytes', () => {
    const mem = learn(3, (n) => [box(1, 'aside.rail'), leaf(n)]);
    expect(parseMemory(JSON.parse(JSON.stringify(mem)))).toEqual(mem);
    expect(memoryBytes(mem)).toBe(JSON.stringify(mem).length);
  });
});
