/**
 * A rule is skipped on a page when its selector needs a class or id that no element carries. The key must be a
 * necessary condition: whenever the selector matches something, the page carries its key.
 */
import { describe, expect, it } from 'vitest';
import { TextIndex } from '../../src/dom/text-index';
import { parseDocument, type DomImplementation } from '../../src/node';
import { selectorKeys } from '../../src/rules/selector-key';

const PAGE = `<!doctype html><html><body class="home">
<div id="Respond" class="Share-Bar  wide
 tall"><p class="note">x</p></div><aside id="comments" class="jp-relatedposts">y</aside>
<ins class="adsbygoogle">ad</ins><form id="commentform"></form>
</body></html>`;

describe('selectorKeys', () => {
  it('keys simple class and id selectors, with or without a tag', () => {
    expect(selectorKeys('.share-bar')).toEqual([{ kind: 'class', name: 'share-bar' }]);
    expect(selectorKeys('form#commentForm')).toEqual([{ kind: 'id', name: 'commentform' }]);
    expect(selectorKeys(' .a , #b ')).toEqual([
      { kind: 'class', name: 'a' },
      { kind: 'id', name: 'b' },
    ]);
  });

  it('gives no key to anything else', () => {
    for (const css of [
      '*',
      'div',
      '[id^="comments-"]',
      '.a .b',
      '.a > p',
      '.a.b',
      'a:not(.b)',
      '.a, div',
      '.a\\:b',
    ]) {
      expect(selectorKeys(css), css).toBeNull();
    }
  });
});

describe.each<DomImplementation>(['jsdom', 'linkedom'])('TextIndex.carries on %s', (dom) => {
  const doc = parseDocument(PAGE, 'https://example.com/a', dom);
  const index = new TextIndex(doc.body);
  const selectors = [
    '.share-bar',
    '.Share-Bar',
    '.wide',
    '.tall',
    '.note',
    '#respond',
    '#Respond',
    'aside#comments',
    '.jp-relatedposts',
    'ins.adsbygoogle',
    'form#commentform',
    '.home',
    '#missing',
    '.missing',
    'p.note',
    'span.note',
  ];

  it('is true whenever the selector matches an element under the root', () => {
    for (const css of selectors) {
      const keys = selectorKeys(css);
      expect(keys, css).not.toBeNull();
      const carried = (keys ?? []).some((key) => index.carries(key));
      if (doc.body.querySelector(css)) expect(carried, css).toBe(true);
    }
  });

  it('is false for a class or id that no element under the root has (the root itself not counted)', () => {
    for (const css of ['.missing', '#missing', '.home']) {
      expect(
        (selectorKeys(css) ?? []).some((key) => index.carries(key)),
        css,
      ).toBe(false);
    }
  });
});
