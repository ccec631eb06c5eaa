/**
 * Readability's image step (`_unwrapNoscriptImages`) reads the page's images and noscripts as plain arrays while
 * it runs (`src/stages/readability-image-step.ts`): it must do exactly what Readability does on its own, and
 * read each collection's `length` once instead of once per item (quadratic on jsdom).
 */
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { staticList } from '../../src/dom/static-list';
import { parseDocument, type DomImplementation } from '../../src/node';
import { withStaticImageLists } from '../../src/stages/readability-image-step';

const PARAGRAPH =
  'The council voted on Tuesday to rebuild the harbour wall before the winter storms, two years later than promised and at almost twice the first estimate.';

// A placeholder image without any source (Readability drops it), a lazy image followed by its real one in a
// noscript (Readability swaps them), a noscript holding text (left alone), and plain images.
const PAGE = `<!doctype html><html><head><title>Harbour wall</title></head><body><article>
<h1>Harbour wall</h1>
<p>${PARAGRAPH}</p>
<img class="placeholder">
<div class="lazy"><img src="data:image/gif;base64,R0lGOD" data-lazy="wall-small.jpg" alt="The wall"></div>
<noscript><img src="https://news.example/wall.jpg" alt="The wall"></noscript>
<p>${PARAGRAPH}</p>
<noscript><p>Turn on scripts to see the map.</p></noscript>
<figure><img src="https://news.example/storm.png" alt="Storm"><figcaption>The storm</figcaption></figure>
<p>${PARAGRAPH}</p>
</article></body></html>`;

function parse(dom: DomImplementation, hooked: boolean): string {
  const doc = parseDocument(PAGE, 'https://news.example/a', dom);
  const reader = new Readability<string>(doc);
  if (hooked) withStaticImageLists(reader, doc);
  const html = reader.parse()?.content ?? '';
  expect(Object.prototype.hasOwnProperty.call(doc, 'getElementsByTagName')).toBe(false);
  return html;
}

describe.each<DomImplementation>(['jsdom', 'linkedom'])('on %s', (dom) => {
  it('gives the same elements, in the same order, as Array.from', () => {
    const doc = parseDocument(PAGE, 'https://news.example/a', dom);
    for (const tag of ['img', 'noscript', 'p', '*']) {
      const list = doc.getElementsByTagName(tag);
      expect(staticList(list)).toEqual(Array.from(list));
    }
  });

  it("leaves Readability's result as it was", () => {
    const plain = parse(dom, false);
    // The page has what the step works on: the swap happened, the placeholder went.
    expect(plain).toContain('wall.jpg');
    expect(plain).not.toContain('placeholder');
    expect(parse(dom, true)).toBe(plain);
  });
});

it('reads a collection’s length once, not once per item', () => {
  let lengthReads = 0;
  // Shaped as jsdom's HTMLCollection: its iterator is Array's, which reads `length` before each item.
  class Collection {
    [Symbol.iterator] = Array.prototype[Symbol.iterator];
    constructor(private readonly items: Element[]) {}
    get length(): number {
      lengthReads++;
      return this.items.length;
    }
    item(index: number): Element | null {
      return this.items[index] ?? null;
    }
  }
  const doc = parseDocument('<p>a</p><p>b</p><p>c</p>', 'https://news.example/a', 'linkedom');
  const elements = Array.from(doc.querySelectorAll('p'));
  const list = new Collection(elements) as unknown as ArrayLike<Element>;
  expect(staticList(list)).toEqual(elements);
  expect(lengthReads).toBe(1);
  // What Array.from does instead: a read per item, and one more.
  lengthReads = 0;
  Array.from(list);
  expect(lengthReads).toBeGreaterThan(elements.length);
});
