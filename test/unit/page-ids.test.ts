/**
 * Page ids live beside the DOM (`page-ids.ts`): copies get them by a parallel walk, and Readability's renames,
 * unwrapping and re-parse of the body pass them on (`readability-ids.ts`) as they passed on the attribute the
 * ids used to be.
 */
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { copyPageIds, elementsWithIds, findByPageId, pageId, setPageId } from '../../src/stages/page-ids';
import { keepingPageIds } from '../../src/stages/readability-ids';
import { parseDocument, type DomImplementation } from '../../src/node';

const URL_ = 'https://news.example/a';

/** A page whose body's elements carry their document-order position as their id. */
function numbered(body: string, dom: DomImplementation): Document {
  const doc = parseDocument(`<html><head><title>T</title></head><body>${body}</body></html>`, URL_, dom);
  Array.from(doc.body.querySelectorAll('*')).forEach((el, i) => setPageId(el, String(i)));
  return doc;
}

/** Readability's private steps, as the hooks see them. */
interface ReaderSteps {
  _setNodeTag(node: Element, tag: string): Element;
  _simplifyNestedElements(root: Element): void;
}

describe.each<DomImplementation>(['jsdom', 'linkedom'])('page ids (%s)', (dom) => {
  it('a deep copy gets the ids of its original, element for element', () => {
    const doc = numbered(
      '<main><p>a <b>b</b></p><ul><li>c</li><li>d</li></ul></main><footer>e</footer>',
      dom,
    );
    const copy = doc.body.cloneNode(true) as Element;
    copyPageIds(doc.body, copy);
    expect(elementsWithIds(copy).map((el) => [el.localName, pageId(el)])).toEqual(
      elementsWithIds(doc.body).map((el) => [el.localName, pageId(el)]),
    );
    expect(findByPageId(copy, '5')?.textContent).toBe('d');
    expect(findByPageId(copy, '99')).toBeNull();
  });

  it('a tag Readability renames keeps its id', () => {
    const doc = numbered('<div><font>old</font></div>', dom);
    const reader = new Readability(doc);
    const done = keepingPageIds(reader, doc.body);
    const font = doc.querySelector('font') as Element;
    const span = (reader as unknown as ReaderSteps)._setNodeTag(font, 'SPAN');
    done();
    expect(span.localName.toLowerCase()).toBe('span');
    expect(pageId(span)).toBe('1');
  });

  it('a div unwrapped by Readability takes its parent’s id, as it took its attributes', () => {
    const doc = numbered(
      '<article><div class="outer"><div class="inner"><p>text</p></div></div></article>',
      dom,
    );
    const reader = new Readability(doc);
    const done = keepingPageIds(reader, doc.body);
    (reader as unknown as ReaderSteps)._simplifyNestedElements(doc.querySelector('article') as Element);
    done();
    const left = doc.querySelector('article > div') as Element;
    expect(left.getAttribute('class')).toBe('outer'); // Readability copied the parent's attributes
    expect(pageId(left)).toBe('1'); // and the parent's id came with them
  });

  it('the body re-parsed from the markup Readability read gives the new elements the old ids', () => {
    const doc = numbered(
      '<article><h2>Head</h2><p>One <a href="/x">link</a></p></article><aside>side</aside>',
      dom,
    );
    const done = keepingPageIds(new Readability(doc), doc.body);
    const markup = doc.body.innerHTML;
    const before = elementsWithIds(doc.body).map((el) => [el.localName, pageId(el)]);
    doc.querySelector('article')?.remove();
    doc.body.innerHTML = markup;
    done();
    expect(elementsWithIds(doc.body).map((el) => [el.localName, pageId(el)])).toEqual(before);
    // Once Readability is done, the body's own innerHTML is the DOM's again.
    expect(Object.prototype.hasOwnProperty.call(doc.body, 'innerHTML')).toBe(false);
  });
});
