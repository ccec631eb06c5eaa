/**
 * "Keep this" (extension/content/keep-rule.ts): the exception is built from the live element, reads like a
 * person wrote it, keeps the same block on the site's other pages, and never turns a page's names into a rule
 * that keeps more than the one block.
 */
import { describe, expect, it } from 'vitest';
import { keepRuleFor, SAMPLE_CHARS, textSample } from '../../extension/content/keep-rule';
import { cssPath } from '../../src/dom/css-path';
import { clean, parseDocument } from '../../src/node';
import { parseRules } from '../../src/rules/parse';
import { compileSelector } from '../../src/rules/procedural';
import type { CleanResult } from '../../src/types';
import { sitePage } from './keep-rule-pages';

const HOST = 'news.example';

function page(n: 1 | 2): { doc: Document; url: string; result: (rules?: string) => CleanResult } {
  const url = `https://${HOST}/story-${n}`;
  const doc = parseDocument(sitePage(n), url, 'jsdom');
  return { doc, url, result: (rules) => clean(doc, { url, rules }) };
}

function recordOf(result: CleanResult, ruleId: string) {
  const block = result.removed.find((b) => b.ruleId === ruleId);
  if (!block) throw new Error(`fixture: nothing removed by ${ruleId}`);
  return block;
}

function keep(doc: Document, block: { where: string; text: string }) {
  const kept = keepRuleFor(doc, HOST, block);
  if (!kept.ok) throw new Error(kept.error.message);
  return kept.value;
}

describe('"Keep this" exceptions', () => {
  it.each([
    ['share:1kvhisn', 'div.share-tools', 'Share on X'],
    ['heuristic:announced-list', 'h2:has-text(/^More from the Valley Herald$/):upward(1)', 'Flood barriers'],
  ])('kept on one page, %s keeps the same block on another page of the site', (ruleId, selector, text) => {
    const one = page(1);
    const block = recordOf(one.result(), ruleId);
    const kept = keep(one.doc, block);
    // Readable: the block's own attribute or its heading, not a path of nth-of-type steps.
    expect(kept.rule).toContain(selector);
    expect(kept.rule).not.toMatch(/nth-of-type|>/);
    expect(one.result(kept.rule).text).toContain(text);

    // Page 2 has the same templates elsewhere: its own block is kept, and nothing else comes back.
    const two = page(2);
    const before = two.result();
    const after = two.result(kept.rule);
    const theirs = recordOf(before, ruleId);
    expect(after.removed.map((b) => b.text)).toEqual(
      before.removed.filter((b) => b !== theirs).map((b) => b.text),
    );
    expect(after.text.replace(/\s+/g, ' ')).toContain(theirs.text.replace(/\s+/g, ' ').slice(0, 30));
  });

  it('(why) the path the engine records would keep another block on the second page', () => {
    const one = page(1);
    const block = recordOf(one.result(), 'heuristic:announced-list');
    const two = page(2);
    const after = two.result(`${HOST}#@#${block.where}`);
    expect(after.text).toContain('Filed under');
    expect(after.text).not.toContain('School hall roof');
  });

  it('stores a short sample of the block text, cut at a word', () => {
    expect(textSample('  Share on X \n Email  ')).toBe('Share on X Email');
    const long = textSample('word '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(SAMPLE_CHARS);
    expect(long).toMatch(/word…$/);
  });

  it('refuses a block that is no longer on the page with its text', () => {
    const { doc } = page(1);
    const moved = keepRuleFor(doc, HOST, {
      where: 'body > main > article > div:nth-of-type(1)',
      text: 'Other text',
    });
    expect(moved.ok).toBe(false);
    expect(keepRuleFor(doc, HOST, { where: 'body > aside', text: '' }).ok).toBe(false);
    expect(keepRuleFor(doc, HOST, { where: 'body', text: '' }).ok).toBe(false);
  });
});

/** Names a page chooses: tags, ids, classes and headings that would break out of a selector if not escaped. */
const HOSTILE = `<!doctype html><html><body><main><article>
<p>First paragraph of the story, long enough to be a paragraph of an article.</p>
<x,p class="share-line">Share this story</x,p>
<x,body,* class="signup">Sign up now</x,body,*>
<div id="a,p"><span>By id</span></div>
<div class="b,p *"><span>By class</span></div>
<div data-testid='"],p,x["'><span>By attribute</span></div>
<section><h2>Related ) /(a+)+$/ "x"</h2><p>Links</p></section>
<p>Last paragraph of the story, long enough to be a paragraph of an article.</p>
</article></main></body></html>`;

describe('"Keep this" on hostile names', () => {
  const doc = parseDocument(HOSTILE, 'https://evil.example/', 'jsdom');
  const targets = ['x\\,p', 'x\\,body\\,\\*', '[id="a,p"]', '[class="b,p *"]', 'div[data-testid]', 'section'];

  it.each(targets)('%s: one rule, one line, matching exactly that element', (query) => {
    const el = doc.querySelector(query);
    if (!el) throw new Error(`fixture lacks ${query}`);
    const kept = keep(doc, { where: cssPath(el), text: el.textContent ?? '' });
    expect(kept.rule).not.toMatch(/[\r\n]/);
    const { rules, errors } = parseRules(kept.rule, 'user');
    expect(errors).toEqual([]);
    expect(rules).toHaveLength(1);
    expect(compileSelector(rules[0]?.selectorText ?? '').match(doc)).toEqual([el]);
  });

  it('a tag named x,p keeps that block, never every paragraph', () => {
    const url = 'https://evil.example/';
    const el = doc.querySelector('x\\,p');
    if (!el) throw new Error('fixture');
    const kept = keep(doc, { where: cssPath(el), text: el.textContent ?? '' });
    const p: Element[] = Array.from(doc.querySelectorAll('p'));
    const matched = compileSelector(parseRules(kept.rule, 'user').rules[0]?.selectorText ?? '').match(doc);
    expect(matched.some((m) => p.includes(m))).toBe(false);
    expect(clean(doc, { url, rules: kept.rule }).text).toBeDefined();
  });
});
