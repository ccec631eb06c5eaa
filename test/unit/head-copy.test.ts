/** The working copy's head: whole up to its limit, in part past it (`src/stages/head-copy.ts`). */
import { describe, expect, it } from 'vitest';
import { parseDocument, type DomImplementation } from '../../src/node';
import { clean } from '../../src/index';
import { copyLargeHead, HEAD_LIMITS, headTooLarge } from '../../src/stages/head-copy';

const BODY = `<body><article><h1>Tide tables</h1>${'<p>The harbour master publishes the tide tables each week, and the boats plan their days by them.</p>'.repeat(6)}</article></body>`;
const page = (head: string): string => `<html><head><title>Tide tables</title>${head}</head>${BODY}`;

describe.each<DomImplementation>(['jsdom', 'linkedom'])('the head on %s', (dom) => {
  it('is counted up to its limit: one element more is too large', () => {
    const at = parseDocument(
      page('<meta name="a" content="b">'.repeat(HEAD_LIMITS.elements - 1)),
      'https://e.com/',
      dom,
    );
    const past = parseDocument(
      page('<meta name="a" content="b">'.repeat(HEAD_LIMITS.elements)),
      'https://e.com/',
      dom,
    );
    expect(headTooLarge(at.head)).toBe(false);
    expect(headTooLarge(past.head)).toBe(true);
  });

  it('within the limit is cleaned as it was: no warning', () => {
    const doc = parseDocument(
      page('<meta property="og:site_name" content="Port News">'),
      'https://e.com/',
      dom,
    );
    const result = clean(doc, { url: 'https://e.com/' });
    expect(result.warnings).toEqual([]);
    expect(result.siteName).toBe('Port News');
  });

  it('past the limit keeps its title, base and first metas, links and JSON-LD, in page order', () => {
    const head =
      '<style>p{}</style><base href="https://e.com/b/">' +
      '<meta name="m" content="x">'.repeat(HEAD_LIMITS.meta + 5) +
      '<link rel="preload" href="/a.js">'.repeat(HEAD_LIMITS.link + 5) +
      '<script>var a = 1;</script>' +
      '<script type="application/ld+json">{}</script>'.repeat(HEAD_LIMITS.jsonLd + 5);
    const doc = parseDocument(page(head), 'https://e.com/', dom);
    const copy = copyLargeHead(doc.head, doc.cloneNode(false) as Document);
    const count = (selector: string): number => copy.querySelectorAll(selector).length;
    expect(count('title')).toBe(1);
    expect(count('base')).toBe(1);
    expect(count('meta')).toBe(HEAD_LIMITS.meta);
    expect(count('link')).toBe(HEAD_LIMITS.link);
    expect(count('script')).toBe(HEAD_LIMITS.jsonLd);
    expect(count('style')).toBe(0);
    expect(copy.firstElementChild?.localName).toBe('title');
  });
});
