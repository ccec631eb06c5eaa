/** The retry: a result much shorter than the page's own stated body is cleaned again with fewer removals. */
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/node';
import { statedArticleBody, tooShortAgainst } from '../../src/stages/retry-short';
import { parseDocument } from '../../src/node';
import { PageLookups } from '../../src/dom/page-lookups';

const prose = Array.from(
  { length: 4 },
  (_, i) =>
    `Part ${i + 1} of the ferry report: the island's only link to the mainland has run late on most days this winter, and the council now wants the operator to explain why.`,
);
const sentences = Array.from(
  { length: 10 },
  (_, i) =>
    `Updated: crossing ${i + 1} was delayed again, and the operator blamed the weather and a shortage of crew`,
);
const ld = (body: string): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@graph': [{ '@type': 'NewsArticle', articleBody: body }] })}</script>`;

describe('statedArticleBody', () => {
  it('finds articleBody nested in @graph and ignores broken JSON-LD', () => {
    const doc = parseDocument(
      `<html><head><script type="application/ld+json">{not json</script>${ld('The body.')}</head><body></body></html>`,
      'https://x.example/',
      'jsdom',
    );
    expect(statedArticleBody(new PageLookups(doc, 100))).toBe('The body.');
  });

  it('judges only against a body long enough to say something', () => {
    expect(tooShortAgainst('one two', 'short stated body')).toBe(false);
    expect(tooShortAgainst('one two', sentences.join(' '))).toBe(true);
    expect(tooShortAgainst(sentences.join(' '), sentences.join(' '))).toBe(false);
  });
});

describe('clean', () => {
  // A live blog whose every entry opens with "Updated:": the metadata-line heuristic takes the article's text.
  const html = `<html><head><title>Ferry delays</title>${ld([...prose, ...sentences].join(' '))}</head><body><article><h1>Ferry delays</h1>${[
    ...prose,
    ...sentences,
  ]
    .map((s) => `<p>${s}</p>`)
    .join('')}</article></body></html>`;

  it('cleans again without heuristics when they took the stated body, and records a retry warning', () => {
    const result = cleanHtml(html, { url: 'https://x.example/ferry', dom: 'jsdom' });
    for (const s of sentences) expect(result.text).toContain(s);
    expect(result.warnings.map((w) => w.code)).toContain('retry');
  });

  it('does not retry a page whose result holds its stated body', () => {
    const plain = html.replace(/Updated: /g, 'Then ');
    const result = cleanHtml(plain, { url: 'https://x.example/ferry', dom: 'jsdom' });
    expect(result.warnings).toEqual([]);
    expect(result.text).toContain('Then crossing 8 was delayed again');
  });
});
