import { describe, expect, it } from 'vitest';
import { cssEscape } from '../../src/dom/css-escape';
import { looksGenerated, matchesExactly, suggestSelectors } from '../../src/dom/stable-selector';
import { parseDocument, type DomImplementation } from '../../src/node';

const PAGE = `<!doctype html><html><body>
<header id="masthead"><nav class="site-nav">Home</nav></header>
<main id="content">
  <article class="post">
    <p>First paragraph of the story.</p>
    <div class="css-1q2w3e4 promo-box"><p>Subscribe now</p></div>
    <div class="sc-a1b2c3"><p>Hashed only</p></div>
    <aside data-testid="related-rail"><h2>Related stories</h2><ul><li>One</li></ul></aside>
    <section class="Article_box__x9Y8z"><div><h3>More from us</h3></div><p>Links</p></section>
    <div class="card"><p>Card one</p></div>
    <div class="card"><p>Card two</p></div>
    <div id="ember12345"><span>Generated id</span></div>
    <div><div><p>Plain nested</p></div></div>
  </article>
</main>
</body></html>`;

function pick(doc: Document, selector: string): Element {
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`fixture lacks ${selector}`);
  return el;
}

describe.each<DomImplementation>(['jsdom', 'linkedom'])('suggestSelectors on %s', (dom) => {
  const doc = parseDocument(PAGE, 'https://example.com/a', dom);
  const first = (selector: string): string => suggestSelectors(pick(doc, selector))[0]?.selector ?? '';

  it('prefers a readable id, then a semantic class over hashed ones', () => {
    expect(first('#masthead')).toBe('#masthead');
    expect(first('.promo-box')).toBe('div.promo-box');
  });

  it('uses a telling attribute, and a heading when classes are hashed', () => {
    expect(first('aside')).toBe('aside[data-testid="related-rail"]');
    expect(suggestSelectors(pick(doc, 'aside')).map((s) => s.selector)).toContain(
      'h2:has-text(/^Related stories$/):upward(1)',
    );
    expect(first('section')).toBe('h3:has-text(/^More from us$/):upward(2)');
  });

  it('never proposes a generated id or class, and every suggestion matches exactly the element', () => {
    for (const el of Array.from(doc.body.querySelectorAll('*'))) {
      for (const { selector } of suggestSelectors(el)) {
        expect(selector).not.toMatch(/css-1q2w|sc-a1b2|ember12345|x9Y8z/);
        expect(matchesExactly(selector, el), selector).toBe(true);
      }
    }
  });

  it('tells apart repeated blocks under a stable ancestor, and falls back to a short path', () => {
    const cards = Array.from(doc.querySelectorAll('.card'));
    const second = suggestSelectors(cards[1] as Element);
    expect(second.length).toBeGreaterThan(0);
    expect(matchesExactly(second[0]?.selector ?? '', cards[1] as Element)).toBe(true);
    const nested = pick(doc, 'article > div:last-child > div');
    const path = suggestSelectors(nested);
    expect(path[0]?.basis).toBe('path');
    expect(path[0]?.selector).toMatch(/^article\.post > div:nth-of-type\(\d+\) > div$/);
  });
});

describe.each<DomImplementation>(['jsdom', 'linkedom'])('hostile names on %s', (dom) => {
  it('escapes tag names such as x,p and x,body,* and never yields a selector list', () => {
    const html =
      '<html><body><main><article><p>a</p><x,p class="keepme">kept</x,p><x,body,*>odd</x,body,*><p>b</p></article></main></body></html>';
    const doc = parseDocument(html, 'https://example.com/', dom);
    const odd = Array.from(doc.querySelectorAll('article > *')).filter((el) => el.localName.includes(','));
    expect(odd.length).toBe(2);
    expect(suggestSelectors(odd[0] as Element)[0]?.selector).toBe('x\\,p.keepme');
    for (const el of odd) {
      const suggestions = suggestSelectors(el);
      expect(suggestions.length).toBeGreaterThan(0);
      for (const { selector } of suggestions) {
        expect(matchesExactly(selector, el)).toBe(true);
        // No unescaped comma: the selector is one selector, not a list.
        expect(selector.replace(/\\./g, '')).not.toContain(',');
      }
    }
  });

  it('escapes ids and classes with quotes, brackets and leading digits', () => {
    const html = `<html><body><div id="a&quot;]b">x</div><div class="1col foo]bar">y</div><div aria-label='Say "hi" \\ there'>z</div></body></html>`;
    const doc = parseDocument(html, 'https://example.com/', dom);
    for (const el of Array.from(doc.body.children)) {
      const suggestions = suggestSelectors(el);
      expect(suggestions.length, el.outerHTML).toBeGreaterThan(0);
      for (const { selector } of suggestions) expect(matchesExactly(selector, el), selector).toBe(true);
    }
  });
});

describe('cssEscape and looksGenerated', () => {
  it('escapes as CSS.escape does', () => {
    expect(cssEscape('x,p')).toBe('x\\,p');
    expect(cssEscape('1col')).toBe('\\31 col');
    expect(cssEscape('-')).toBe('\\-');
    expect(cssEscape('-2a')).toBe('-\\32 a');
    expect(cssEscape('a b"c')).toBe('a\\ b\\"c');
    expect(cssEscape('café_x-1')).toBe('café_x-1');
  });

  it('spots build-tool and numbered names, keeps words', () => {
    for (const name of [
      'css-1q2w3e4',
      'sc-a1b2c3',
      'Button_root__a1B2c',
      '_3xYz9',
      'ember12345',
      ':r1:',
      'a8f3k2',
    ])
      expect(looksGenerated(name), name).toBe(true);
    for (const name of ['promo-box', 'related', 'share-bar', 'h2', 'col-2', 'newsletter_signup'])
      expect(looksGenerated(name), name).toBe(false);
  });
});
