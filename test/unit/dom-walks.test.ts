/**
 * The engine's fast paths must answer exactly as the selector API they replace: tag-name walks against
 * `closest` / `querySelector(All)`, and TextIndex's distinct-text filter against testing every element.
 */
import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../src/dom/text-index';
import { closestTag, hasTagInside, tags, tagsInside } from '../../src/dom/tags';
import { parseDocument, type DomImplementation } from '../../src/node';
import { compileSelector } from '../../src/rules/procedural';
import { countWords } from '../../src/dom/text';

const PAGE = `<!doctype html><html><body>
<main><article>
  <p>Lead <b>bold <i>deep</i></b> text.</p>
  <div class="box"><span>Share</span><div><p>Nested <a href="#">Share</a></p></div></div>
  <table><tr><td><span>Share</span></td><th><div><em>cell</em></div></th></tr></table>
  <blockquote><p>Quoted <q>inner <code>x</code></q></p></blockquote>
  <ul><li>One</li><li><div>Two <span>Share</span></div></li></ul>
  <pre><code>code <span>Share</span></code></pre>
  <figure><img src="a.jpg"><figcaption>Photo: <small>Share</small></figcaption></figure>
  <svg><g><text>Share</text></g></svg>
  <div></div>
</article></main>
<footer><p>Share</p><p> Share </p></footer>
</body></html>`;

const LISTS = [
  'p, div, li',
  'td, th, blockquote, pre, code',
  'img, picture, video, iframe, svg',
  'p',
  'a, img',
];

describe.each<DomImplementation>(['jsdom', 'linkedom'])('on %s', (dom) => {
  const doc = parseDocument(PAGE, 'https://example.com/a', dom);
  const all = Array.from(doc.body.querySelectorAll('*'));

  it('closestTag, hasTagInside and tagsInside answer as closest and querySelector(All)', () => {
    for (const list of LISTS) {
      const names = tags(list);
      for (const el of all) {
        expect(closestTag(el, names), `${list} closest of <${el.localName}>`).toBe(el.closest(list));
        expect(hasTagInside(el, names), `${list} inside <${el.localName}>`).toBe(
          el.querySelector(list) !== null,
        );
        expect(tagsInside(el, names)).toEqual(Array.from(el.querySelectorAll(list)));
      }
    }
  });

  it("TextIndex.filterByText keeps what testing every element's text keeps", () => {
    const index = new TextIndex(doc.body);
    const tests = [(t: string) => t === 'Share', (t: string) => t.includes('e'), () => false];
    for (const test of tests) {
      for (const list of [index.all('*'), index.all('p, span')]) {
        let ticks = 0;
        const fast = index.filterByText(list, test, () => ticks++);
        expect(fast).toEqual(list.filter((el) => test((el.textContent ?? '').replace(/\s+/g, ' ').trim())));
        expect(ticks).toBeGreaterThan(0);
      }
    }
    // Both footer lines fold to "Share": one text, tested once, two elements kept.
    const shares = index.filterByText(
      index.all('*'),
      (t) => t === 'Share',
      () => {},
    );
    expect(shares).toEqual(expect.arrayContaining(Array.from(doc.querySelectorAll('footer p'))));
  });

  it("TextIndex answers attribute selectors from its walk as the DOM's querySelectorAll does", () => {
    const attributed = parseDocument(
      `<!doctype html><html><body><div id="taboola-1" class="Share-tools author-bio x">
        <p id="comments-list" class="a  author-info	b" data-testid="recommendations">one</p>
        <span class="author" data-testid="recommendations-2">two</span><i class="">three</i>
        <svg><g class="share-tools" id="taboola"></g></svg>
        <section data-testid="Recommendations" id="comments"><p class="author-bio">four</p></section>
        <nav aria-label="Breadcrumb" role="navigation"><ol aria-label="breadcrumb"><li>five</li></ol></nav>
        <div role="DIALOG" aria-label="Share This Article"><div role="dialog" aria-label="Share this article">six</div></div>
      </div></body></html>`,
      'https://example.com/a',
      dom,
    );
    const index = new TextIndex(attributed.body);
    const selectors = [
      '[id^="taboola"]',
      "[id^='comments-']",
      '[id="comments"]',
      '[id$="list"]',
      '[class*="author-bio"]',
      '[class*="share-tools"]',
      '[class~="author-info"]',
      '[class~="author"]',
      '[class~="author bio"]',
      '[data-testid="recommendations"]',
      '[data-testid*="ecommendations"]',
      ' [ class *= "x" ] ',
      '[aria-label="breadcrumb"]',
      '[aria-label="Breadcrumb"]',
      '[aria-label="Share this article"]',
      '[role="dialog"]',
      '[role^="nav"]',
    ];
    for (const css of selectors) {
      expect(index.answersFromWalk(css), css).toBe(true);
      expect(index.all(css), css).toEqual(Array.from(attributed.body.querySelectorAll(css)));
      // What the rules used to keep of a joined query: the elements the selector itself matches, with its case.
      expect(index.all(css), css).toEqual(index.all('*').filter((el) => el.matches(css)));
    }
    // Anything else goes to the DOM's selector engine.
    for (const css of ['[ID="comments"]', '[class*=""]', '[class*="a" i]', 'p[id="x"]', '[title="a"]'])
      expect(index.answersFromWalk(css), css).toBe(false);
  });

  it("TextIndex answers *:not(tags) from its walk as the DOM's querySelectorAll does", () => {
    const index = new TextIndex(doc.body);
    for (const css of ['*:not(figcaption)', ':not(p, li)', '*:not( span ,td,svg )', '*:not(g)']) {
      expect(index.answersFromWalk(css), css).toBe(true);
      expect(index.all(css), css).toEqual(Array.from(doc.body.querySelectorAll(css)));
    }
    for (const css of ['*:not(.box)', '*:not(P)', 'p:not(b)', '*:not(p b)'])
      expect(index.answersFromWalk(css), css).toBe(false);
  });

  it('a :has-text rule finds the same elements with and without the index', () => {
    for (const source of ['*:has-text(/^Share$/)', 'span:has-text(Share)', '*:has-text(/^Share$/) + *']) {
      const selector = compileSelector(source);
      expect(selector.match(doc.body, new TextIndex(doc.body))).toEqual(selector.match(doc.body));
    }
  });
});

describe('countWords', () => {
  it('counts runs of Unicode word characters, call after call', () => {
    const samples = [
      '',
      '   ',
      'one',
      'Grüße aus Köln, 2024!',
      'snake_case and-dash',
      'مرحبا بالعالم',
      'a\u0301b c',
      // Characters outside the Basic Multilingual Plane, read as one code point as the u-flag regex reads them:
      // a supplementary letter (Gothic), an emoji between words, lone surrogates, and CJK.
      '\u{10330}\u{10331} x',
      'go\u{1F600}on and\u{1F600} on',
      'a\ud800b \udc00c \ud800',
      '東京都 の 天気',
    ];
    for (const text of [...samples, ...samples]) {
      expect(countWords(text), text).toBe(text.match(/[\p{L}\p{N}\p{M}_]+/gu)?.length ?? 0);
    }
    expect(countWords('Grüße aus Köln, 2024!')).toBe(4);
  });
});
