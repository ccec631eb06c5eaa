/**
 * DOM clobbering against the engine. Browsers give a form a property for each of its controls' names and ids,
 * and the document one for each named image, form, embed, iframe or object, and these override the DOM's own
 * methods. jsdom and linkedom implement neither, so `giveNamedProperties` lays the same shadowing properties on
 * the parsed page, as own properties (which is how they behave in a browser). Only on jsdom: its internals work on
 * objects behind the ones scripts see, as a browser's do, while linkedom's own selector engine reads `localName`
 * from the very objects a shadow would replace. The real thing runs in Chromium in the e2e hostile scenario (the
 * `clobber-engine` page).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clobberingNames, withoutClobbering } from '../../src/dom/clobbering';
import { clean, parseDocument, type DomImplementation } from '../../src/node';
import { PAGES_DIR } from '../fixtures/hostile/corpus';

const URL_ = 'http://127.0.0.1:9/hostile/clobber-engine.html';
const PAGE = readFileSync(join(PAGES_DIR, 'clobber-engine.html'), 'utf8');
const FORM_CONTROLS = 'button, fieldset, input, object, output, select, textarea, img';
const DOCUMENT_NAMED = 'embed[name], form[name], iframe[name], img[name], object[name], object[id]';
/** Read by jsdom's own selector engine from the document scripts see: a shadow there breaks jsdom, not Pith. */
const JSDOM_READS = new Set(['createTreeWalker', 'localName']);

/** What a browser does to a page: each named control shadows its form's property, each named image the document's. */
function giveNamedProperties(doc: Document): number {
  let count = 0;
  const shadow = (target: object, name: string | null, el: Element): void => {
    if (!name || JSDOM_READS.has(name)) return;
    Object.defineProperty(target, name, { value: el, configurable: true });
    count++;
  };
  for (const form of Array.from(doc.querySelectorAll('form'))) {
    for (const el of Array.from(form.querySelectorAll(FORM_CONTROLS))) {
      shadow(form, el.getAttribute('name'), el);
      shadow(form, el.getAttribute('id'), el);
    }
  }
  for (const el of Array.from(doc.querySelectorAll(DOCUMENT_NAMED))) {
    shadow(doc, el.getAttribute('name') ?? el.getAttribute('id'), el);
  }
  return count;
}

describe('a page that shadows DOM built-ins', () => {
  it('cleans as if nothing were shadowed (jsdom)', () => {
    const dom = 'jsdom';
    const plain = clean(parseDocument(PAGE, URL_, dom), { url: URL_ });
    const doc = parseDocument(PAGE, URL_, dom);
    const form = doc.querySelector('form') as unknown as Record<string, unknown>;
    // The names the brief lists, and the rest of the page's: each one really shadows a method or a property.
    expect(giveNamedProperties(doc)).toBeGreaterThanOrEqual(20);
    for (const name of ['removeAttribute', 'getAttribute', 'attributes', 'children', 'parentNode', 'id']) {
      expect((form[name] as Element).localName).toBe('input');
    }
    expect((doc.querySelectorAll as unknown as Element).localName).toBe('img');

    const result = clean(doc, { url: URL_ });
    expect(result.text).toBe(plain.text);
    expect(result.text).toContain('The harbour authority said on Tuesday');
    expect(result.text).toContain('The council will hold a public meeting');
    expect(result.title).toBe(plain.title);
    expect(result.removed.map((b) => b.where)).toEqual(plain.removed.map((b) => b.where));
  });
});

describe.each<DomImplementation>(['jsdom', 'linkedom'])('shadowing names on %s', (dom) => {
  it('finds every shadowing name, and copies the page only when there is one', () => {
    const doc = parseDocument(PAGE, URL_, dom);
    const names = clobberingNames(doc).map((n) => n.value);
    for (const name of ['removeAttribute', 'nodeName', 'tagName', 'className', 'querySelectorAll', 'body']) {
      expect(names).toContain(name);
    }
    const copy = withoutClobbering(doc);
    expect(copy).not.toBe(doc);
    expect(clobberingNames(copy)).toEqual([]);
    expect(copy.querySelectorAll('input')).toHaveLength(14);

    const harmless = parseDocument(
      '<html><body><form><input name="email" id="q"></form><img name="photo"></body></html>',
      URL_,
      dom,
    );
    expect(clobberingNames(harmless)).toEqual([]);
    expect(withoutClobbering(harmless)).toBe(harmless);
  });
});
