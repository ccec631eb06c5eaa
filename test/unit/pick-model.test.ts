import { describe, expect, it } from 'vitest';
import { PickPath, previewRule, suggestRule } from '../../extension/picker/pick-model';
import { parseDocument, type DomImplementation } from '../../src/node';

const PAGE = `<html><body><main><article><p>Story</p>
<aside class="related"><h2>Related stories</h2><ul><li>One</li><li>Two</li></ul></aside>
<div class="ad"><p>Ad one</p></div><div class="ad"><p>Ad two</p></div></article></main></body></html>`;

describe.each<DomImplementation>(['jsdom', 'linkedom'])('element picker model on %s', (dom) => {
  const doc = parseDocument(PAGE, 'https://news.example/a', dom);
  const q = (s: string): Element => doc.querySelector(s) as Element;

  it('suggests a site rule for exactly the picked element', () => {
    expect(suggestRule(q('aside'), 'news.example')).toBe('news.example##aside.related');
    expect(suggestRule(q('aside h2'), 'news.example')).toBe('news.example##aside.related h2');
  });

  it('previews an edited rule: every block it removes, or why it cannot be saved', () => {
    const all = previewRule(doc, 'news.example##div.ad', 'news.example');
    expect(all.ok && all.matches.length).toBe(2);
    const none = previewRule(doc, 'news.example##.nothing', 'news.example');
    expect(none.ok && none.matches.length).toBe(0);
    expect(previewRule(doc, '||ads.example^', 'news.example')).toMatchObject({
      ok: false,
      message: /network filters/,
    });
    expect(previewRule(doc, 'news.example#@#div.ad', 'news.example')).toMatchObject({
      ok: false,
      message: /exception/,
    });
    expect(previewRule(doc, 'other.org##div.ad', 'news.example')).toMatchObject({
      ok: false,
      message: /does not apply/,
    });
    expect(previewRule(doc, '##div.ad\n##p', 'news.example')).toMatchObject({
      ok: false,
      message: /one rule/,
    });
  });

  it('goes up to a parent and back down the same way, never past body', () => {
    const path = new PickPath(q('aside li'));
    expect(path.parent().localName).toBe('ul');
    expect(path.parent().localName).toBe('aside');
    expect(path.child().localName).toBe('ul');
    expect(path.child().localName).toBe('li');
    for (let i = 0; i < 10; i++) path.parent();
    expect(path.element.localName).toBe('main');
  });
});
