import { describe, expect, it } from 'vitest';
import { cleanHtml, parseDocument, type DomImplementation } from '../../src/node';
import { clean } from '../../src/index';

const PROSE = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the story explains, at some length and with several clauses, what the council decided and why the residents care about it so much.</p>`,
  ).join('\n');

const page = (inside: string, after = ''): string =>
  `<html lang="en"><head><title>Council votes on the budget</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Council votes on the budget</h1>${PROSE(4)}${inside}${PROSE(3)}</article>${after}</body></html>`;

describe.each<DomImplementation>(['jsdom', 'linkedom'])('clean() on %s', (dom) => {
  it('never mutates the document it is given', () => {
    const doc = parseDocument(
      page('<div class="share-bar">Share on Facebook</div><p>Source link</p>'),
      'https://news.example/a',
      dom,
    );
    const before = doc.documentElement.outerHTML;
    clean(doc, { url: 'https://news.example/a' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('cuts whole clutter blocks but keeps prose that merely mentions the phrases', () => {
    const html = page(
      `<p>He asked readers to leave a reply in the comments, and thousands did within the hour.</p>
       <p>More: the council also agreed to review parking fees next spring, officials said on Tuesday.</p>
       <p><strong>MORE:</strong> <a href="/other">Mayor faces questions over the budget</a></p>
       <p>Leave a Reply</p><p>This site uses Akismet to reduce spam. Learn how your comment data is processed.</p>
       <p>Council votes on the budget originally appeared on abcnews.go.com</p>
       <p>The essay originally appeared in a small magazine in 1995, and it has been reprinted many times since then by others.</p>`,
    );
    const r = cleanHtml(html, { url: 'https://news.example/a', dom });
    expect(r.text).toContain('He asked readers to leave a reply in the comments');
    expect(r.text).toContain('More: the council also agreed');
    expect(r.text).toContain('The essay originally appeared in a small magazine');
    expect(r.text).not.toContain('Mayor faces questions');
    expect(r.text).not.toContain('Leave a Reply');
    expect(r.text).not.toContain('Akismet');
    expect(r.text).not.toContain('originally appeared on abcnews');
    const byRule = new Map(r.removed.map((b) => [b.text, b.ruleId]));
    expect(byRule.get('MORE: Mayor faces questions over the budget')).toBe('heuristic:inline-promo');
    expect(byRule.get('Leave a Reply')).toMatch(/^comments:/);
  });

  it('says where each cut block was, as a selector that finds it in the original page', () => {
    const html = page('<aside class="related-articles"><h3>Related</h3><a href="/x">Other story</a></aside>');
    const doc = parseDocument(html, 'https://news.example/a', dom);
    const r = clean(doc, { url: 'https://news.example/a' });
    const block = r.removed.find((b) => b.ruleId.startsWith('related:'));
    expect(block?.reason).toBe('Related articles list');
    expect(doc.querySelector(block?.where ?? 'nope')?.className).toBe('related-articles');
    expect(r.firedRules.find((f) => f.ruleId === block?.ruleId)?.count).toBe(1);
  });

  it('switching a rule off, or a #@# exception for the site, keeps the block', () => {
    // Two sibling divs, so the block's path needs :nth-of-type (jsdom's element-scoped queries miss those).
    const html = page(
      '<div>A short aside about the vote.</div><div class="share-bar">Share on Facebook</div>',
    );
    const url = 'https://news.example/a';
    const cut = cleanHtml(html, { url, dom });
    const ruleId = cut.removed.find((b) => b.text === 'Share on Facebook')?.ruleId ?? '';
    expect(ruleId).not.toBe('');
    const where = cut.removed.find((b) => b.text === 'Share on Facebook')?.where ?? '';
    expect(where).toContain(':nth-of-type(2)');
    const cutBy = (r: typeof cut): string[] =>
      r.removed.filter((b) => b.text === 'Share on Facebook').map((b) => b.ruleId);
    expect(cutBy(cleanHtml(html, { url, dom, disabledRuleIds: [ruleId] }))).not.toContain(ruleId);
    // (Readability may still judge the block not part of the article; that stage is not rule-driven.)
    const kept = cleanHtml(html, { url, dom, rules: `news.example#@#${where}` });
    expect(cutBy(kept).filter((id) => !id.startsWith('readability:'))).toEqual([]);
    const elsewhere = cleanHtml(html, {
      url: 'https://other.example/a',
      dom,
      rules: `news.example#@#${where}`,
    });
    expect(cutBy(elsewhere)).toContain(ruleId);
  });

  it('a #@# exception brings back a block Readability left out, where it stood in the page', () => {
    const html = `<html><head><title>Council votes on the budget</title></head><body>
      <article><h1>Council votes on the budget</h1>${PROSE(3)}
      <aside class="sidebar"><h4>Key numbers</h4><ul><li>412 million in spending</li><li>Two libraries close</li></ul></aside>
      ${PROSE(3)}</article></body></html>`;
    const url = 'https://news.example/a';
    const cut = cleanHtml(html, { url, dom });
    const dropped = cut.removed.find((b) => b.text.includes('Key numbers'));
    expect(dropped?.stage).toBe('readability');
    const kept = cleanHtml(html, { url, dom, rules: `news.example#@#${dropped?.where ?? ''}` });
    expect(kept.removed.find((b) => b.text.includes('Key numbers'))).toBeUndefined();
    const at = kept.text.indexOf('Key numbers');
    expect(at).toBeGreaterThan(kept.text.indexOf('Paragraph 3'));
    expect(at).toBeLessThan(kept.text.lastIndexOf('Paragraph 1'));
    expect(kept.text).toContain('Two libraries close');
  });

  it('applies user rules, and reports their parse errors without failing', () => {
    const html = page('<div class="promo-x">Buy our mugs today</div>');
    const r = cleanHtml(html, { url: 'https://news.example/a', dom, rules: 'news.example##.promo-x' });
    expect(r.text).not.toContain('Buy our mugs');
    const bad = cleanHtml(html, { url: 'https://news.example/a', dom, rules: '||bad^' });
    expect(bad.text).toContain('Paragraph 1');
  });

  it('returns the rule-cleaned body with isArticle false when there is no article', () => {
    const html = `<html><body><div class="cookie-banner">We use cookies</div><ul>${Array.from(
      { length: 8 },
      (_, i) => `<li><a href="/s${i}">Headline number ${i}</a></li>`,
    ).join('')}</ul></body></html>`;
    const r = cleanHtml(html, { url: 'https://news.example/', dom });
    expect(r.isArticle).toBe(false);
    expect(r.text).toContain('Headline number 3');
    expect(r.text).not.toContain('We use cookies');
  });

  it('separates paragraphs with a blank line, leaves out the title and figure captions', () => {
    const html = page(
      '<figure><img src="a.jpg"><figcaption>A caption (AP Photo/Someone)</figcaption></figure>',
    );
    const r = cleanHtml(html, { url: 'https://news.example/a', dom });
    expect(r.title).toBe('Council votes on the budget');
    expect(r.text.startsWith('Paragraph 1')).toBe(true);
    expect(r.text).toContain('so much.\n\nParagraph 2');
    expect(r.text).not.toContain('A caption');
    expect(r.markdown).toContain('Paragraph 1 of the story');
    expect(r.stats.wordsAfter).toBeLessThan(r.stats.wordsBefore);
  });

  it('survives broken markup and an empty page', () => {
    expect(() =>
      cleanHtml('<p>unclosed <b>bold <div></p></span></body></body><body>', { url: 'x', dom }),
    ).not.toThrow();
    const empty = cleanHtml('', { url: 'https://news.example/', dom });
    expect(empty.isArticle).toBe(false);
    expect(empty.text).toBe('');
  });
});
