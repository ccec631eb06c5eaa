/**
 * A page past the limits is copied only as far as they reach (`bounded-copy.ts`), and linkedom's document is
 * given the one head and one body an HTML5 parser would build.
 */
import { describe, expect, it } from 'vitest';
import { boundedCopy } from '../../src/stages/bounded-copy';
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
