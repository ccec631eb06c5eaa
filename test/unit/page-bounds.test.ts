/**
 * A page past the limits is copied only as far as they reach (`bounded-copy.ts`), an element with too many
 * attributes or children is cut down (`page-limits.ts`), metadata is looked up only as far as the limits reach
 * (`page-lookups.ts`), and linkedom's document is given the one head and one body an HTML5 parser would build.
 */
import { describe, expect, it } from 'vitest';
import { boundedCopy } from '../../src/stages/bounded-copy';
import { elementsInLimitOrder, tagWithinLimits } from '../../src/stages/page-limits';
import { elementsWithIds, pageId } from '../../src/stages/page-ids';
import { PageLookups } from '../../src/dom/page-lookups';
import { cleanHtml, parseDocument, type DomImplementation } from '../../src/node';

const URL_ = 'https://news.example/a';
const PROSE = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story explains, at some length and with several clauses, what the council decided and why.</p>`,
).join('');

describe.each<DomImplementation>(['jsdom', 'linkedom'])('page bounds on %s', (dom) => {
  it('copies only up to the element limit, and the cut is said once', () => {
    const html = `<html><head><title>Council</title></head><body><main><article><h1>Council</h1>${PROSE}<div class="share-bar">Share this</div></article>${'<i>x</i>'.repeat(3_000)}</main></body></html>`;
    const doc = parseDocument(html, URL_, dom);
    const { copy, warnings } = boundedCopy(doc, {
      maxElements: 100,
      maxDepth: 100,
      maxAttributes: 10,
      maxChildren: 10_000,
      maxTextChars: 1e6,
    });
    expect(copy.body.querySelectorAll('*').length).toBe(100);
    expect(copy.title).toBe('Council');
    expect(warnings.map((w) => w.message)).toEqual([
      'Page too large: showing what was cleaned in the first 100 elements',
    ]);
    // The copy ends at the limit, in document order: the article first, then the first of the <i>s.
    expect(copy.querySelector('.share-bar')?.textContent).toBe('Share this');
    expect(copy.body.querySelectorAll('i').length).toBe(100 - 9);
  });

  it('a page within the limits is copied whole', () => {
    const doc = parseDocument(`<html><body><article>${PROSE}</article></body></html>`, URL_, dom);
    const { copy, warnings } = boundedCopy(doc, {
      maxElements: 100,
      maxDepth: 100,
      maxAttributes: 10,
      maxChildren: 1000,
      maxTextChars: 1e6,
    });
    expect(warnings).toEqual([]);
    expect(copy.body.innerHTML).toBe(doc.body.innerHTML);
  });

  it('a <body> in a comment and a <meta> before <head> leave the article in the body', () => {
    const html = `<!DOCTYPE html><html><meta http-equiv="x" content="y"><head><title>Council</title></head><!--<body>--><body><article><h1>Council</h1>${PROSE}</article></body></html>`;
    const doc = parseDocument(html, URL_, dom);
    expect(Array.from(doc.documentElement.children).map((c) => c.localName)).toEqual(['head', 'body']);
    expect(doc.body.textContent).toContain('Paragraph 5');
    const result = cleanHtml(html, { url: URL_, dom });
    expect(result.isArticle).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['a PHP warning', '<br />\n<b>Warning</b>: mysql_connect(): Access denied in <b>x.php</b><br />\n'],
    ['a style block', '<style>.grid { display: grid; }</style>\n'],
  ])('content before <html> (%s) leaves the page in the body, as a browser does', (_, lead) => {
    const html = `${lead}<!DOCTYPE html><html lang="de"><head><title>Council</title></head><!-- <body> --><body class="post"><article><h1>Council</h1>${PROSE}</article></body></html>`;
    const doc = parseDocument(html, URL_, dom);
    expect(doc.documentElement.localName).toBe('html');
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.body.getAttribute('class')).toBe('post');
    expect(doc.body.textContent).toContain('Paragraph 5');
    expect(cleanHtml(html, { url: URL_, dom }).text).toContain('Paragraph 5');
  });
});

const LIMITS = { maxElements: 100, maxDepth: 5, maxAttributes: 10, maxChildren: 1000, maxTextChars: 1e6 };

describe.each<DomImplementation>(['jsdom', 'linkedom'])('limits past which nothing is copied (%s)', (dom) => {
  it('an element with thousands of attributes is copied with its first ones, its content whole', () => {
    const attrs = Array.from({ length: 3_000 }, (_, i) => `data-a${i}="v${i}"`).join(' ');
    const doc = parseDocument(
      `<html><body><article ${attrs}><h1>Council</h1>${PROSE}</article></body></html>`,
      URL_,
      dom,
    );
    const { copy, warnings } = boundedCopy(doc, LIMITS);
    const article = copy.querySelector('article') as Element;
    // linkedom lists attributes set by script in reverse order: the set is what counts.
    expect(
      Array.from(article.attributes)
        .map((a) => `${a.name}=${a.value}`)
        .sort(),
    ).toEqual(Array.from({ length: 10 }, (_, i) => `data-a${i}=v${i}`).sort());
    expect(article.querySelectorAll('p')).toHaveLength(5);
    expect(warnings.map((w) => w.message)).toEqual([
      'Page too large: an element with more than 10 attributes kept only the first 10',
    ]);
  });

  it('markup below the depth limit counts against the element limit', () => {
    const deep = `${'<div>'.repeat(8)}${'<i>x</i>'.repeat(500)}${'</div>'.repeat(8)}`;
    const doc = parseDocument(`<html><body><article>${PROSE}</article>${deep}</body></html>`, URL_, dom);
    const { copy, warnings } = boundedCopy(doc, LIMITS);
    // Article, 5 paragraphs and 8 divs leave room for 86 of the <i> before the limit of 100. The div at the depth
    // limit is copied as its text (the markup below it is never built), up to that cut.
    expect(copy.body.querySelectorAll('*').length).toBe(11);
    const deepText = copy.body.lastElementChild?.textContent ?? '';
    expect(deepText).toBe('x'.repeat(86));
    expect(copy.body.textContent).toContain('Paragraph 5');
    expect(warnings.map((w) => w.message)).toEqual([
      'Page too large: showing what was cleaned in the first 100 elements',
    ]);
  });

  it('clean() says so when an element has 5,000 attributes, and keeps the article', () => {
    // Not more: jsdom's own parser takes time that grows with the square of one element's attributes.
    const attrs = Array.from({ length: 5_000 }, (_, i) => `data-a${i}="v"`).join(' ');
    const html = `<html><head><title>Council</title></head><body><article ${attrs}><h1>Council</h1>${PROSE}</article></body></html>`;
    const result = cleanHtml(html, { url: URL_, dom });
    expect(result.text).toContain('Paragraph 5 of the story');
    expect(result.warnings.map((w) => w.message)).toContain(
      'Page too large: an element with more than 256 attributes kept only the first 256',
    );
  });

  it('an oddly named tag with too many attributes keeps its text', () => {
    const attrs = Array.from({ length: 20 }, (_, i) => `data-a${i}="v"`).join(' ');
    const doc = parseDocument(
      `<html><body><main><x,p ${attrs}>odd words</x,p>${PROSE}</main></body></html>`,
      URL_,
      dom,
    );
    const { copy } = boundedCopy(doc, LIMITS);
    expect(copy.body.textContent).toContain('odd words');
    expect(copy.querySelector('main')?.firstElementChild?.attributes.length).toBe(10);
  });
});

describe.each<DomImplementation>(['jsdom', 'linkedom'])('children per parent (%s)', (dom) => {
  it('children past the limit are never copied, and positions still find each original', () => {
    const html = `<html><body><ul>${'<li><b>i</b></li>'.repeat(10)}</ul><p id="after">x</p></body></html>`;
    const original = parseDocument(html, URL_, dom);
    const limits = { ...LIMITS, maxChildren: 3 };
    const { copy, warnings } = boundedCopy(original, limits);
    expect(copy.querySelectorAll('li')).toHaveLength(3);
    expect(warnings.map((w) => w.message)).toEqual([
      'Page too large: an element with more than 3 child elements kept only the first 3',
    ]);
    const { positions } = tagWithinLimits(copy.body, limits);
    const originals = elementsInLimitOrder(original.body, positions, limits);
    expect(originals).toHaveLength(8);
    for (const el of elementsWithIds(copy.body)) {
      const twin = originals[Number(pageId(el))];
      expect(twin?.localName).toBe(el.localName);
    }
    expect(originals[Number(pageId(copy.querySelector('#after') as Element))]).toBe(
      original.querySelector('#after'),
    );
  });

  it('clean() keeps the first 3,000 of 5,000 sibling paragraphs and says so', () => {
    const paragraphs = Array.from(
      { length: 5_000 },
      (_, i) => `<p>Line ${i + 1} of the long council minutes.</p>`,
    );
    const html = `<html><head><title>Minutes</title></head><body><article><h1>Minutes</h1>${paragraphs.join('')}</article></body></html>`;
    const result = cleanHtml(html, { url: URL_, dom });
    expect(result.text).toContain('Line 2999 of'); // the heading is the first child
    expect(result.text).not.toContain('Line 3000 of');
    expect(result.warnings.map((w) => w.message)).toContain(
      'Page too large: an element with more than 3,000 child elements kept only the first 3,000',
    );
  });
});

describe.each<DomImplementation>(['jsdom', 'linkedom'])('metadata lookups (%s)', (dom) => {
  it('read the head and the body only as far as the limit', () => {
    const filler = '<i>x</i>'.repeat(50);
    const doc = parseDocument(
      `<html><head><meta property="og:title" content=" Council "></head><body>${filler}<title>Body title</title><script type="Application/LD+JSON">{}</script>${filler}<meta name="og:site_name" content="Late"></body></html>`,
      URL_,
      dom,
    );
    const page = new PageLookups(doc, 60);
    expect(page.meta('og:title')).toBe('Council');
    expect(page.title()).toBe('Body title');
    expect(page.jsonLd()).toHaveLength(1);
    expect(page.meta('og:site_name')).toBeNull();
    expect(new PageLookups(doc, 1000).meta('og:site_name')).toBe('Late');
  });
});
