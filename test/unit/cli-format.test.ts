import { describe, expect, it } from 'vitest';
import { createOutputWriter, jsonLine } from '../../src/cli/format-output';
import type { CleanResult } from '../../src/types';

function result(over: Partial<CleanResult> = {}): CleanResult {
  return {
    title: 'Title',
    byline: 'By Me',
    siteName: 'Site',
    publishedTime: '2024-01-02',
    lang: 'en',
    excerpt: null,
    html: '<p>Body</p>',
    text: 'Body',
    markdown: '**Body**',
    isArticle: true,
    removed: [],
    restored: [],
    firedRules: [],
    stats: {
      wordsBefore: 3,
      wordsAfter: 1,
      ms: { clone: 1.04, preRules: 2.25, readability: 3, postRules: 0.01, serialise: 4.96, total: 11.26 },
    },
    url: 'https://example.com/a',
    ruleErrors: [],
    warnings: [],
    ...over,
  };
}

describe('createOutputWriter', () => {
  it('jsonl: one line per file with exactly the documented keys', () => {
    const w = createOutputWriter('jsonl', true);
    const out = w.entry('./a.html', result()) + w.entry('b.html', result({ text: 'two\nlines' })) + w.end();
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const first: unknown = JSON.parse(lines[0] ?? '');
    expect(first).toEqual({
      file: './a.html',
      url: 'https://example.com/a',
      title: 'Title',
      byline: 'By Me',
      siteName: 'Site',
      publishedTime: '2024-01-02',
      text: 'Body',
      markdown: '**Body**',
      isArticle: true,
      removed: [],
      restored: [],
      engineMs: { clone: 1, preRules: 2.3, readability: 3, postRules: 0, serialise: 5, total: 11.3 },
    });
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ file: 'b.html', text: 'two\nlines' });
  });

  it('json: one object for a single file, a parseable array for several (even none)', () => {
    const one = createOutputWriter('json', false);
    expect(JSON.parse(one.entry('a.html', result()) + one.end())).toMatchObject({
      file: 'a.html',
      title: 'Title',
    });

    const many = createOutputWriter('json', true);
    const out = many.entry('a.html', result()) + many.entry('b.html', result({ title: 'B' })) + many.end();
    const parsed: unknown = JSON.parse(out);
    expect(Array.isArray(parsed) && parsed.map((r: { file: string }) => r.file)).toEqual([
      'a.html',
      'b.html',
    ]);
    expect(out.startsWith('[\n  {\n    "file"')).toBe(true);

    expect(JSON.parse(createOutputWriter('json', true).end())).toEqual([]);
  });

  it('text with several files: tail-style headers and a blank line between sections', () => {
    const w = createOutputWriter('text', true);
    const out =
      w.entry('a.html', result({ text: 'A' })) + w.entry('b.html', result({ text: 'B\n' })) + w.end();
    expect(out).toBe('==> a.html <==\nA\n\n==> b.html <==\nB\n');
  });

  it('a single file gets no header; markdown and html print their own field', () => {
    expect(createOutputWriter('text', false).entry('a.html', result())).toBe('Body\n');
    expect(createOutputWriter('markdown', false).entry('a.html', result())).toBe('**Body**\n');
    expect(createOutputWriter('html', false).entry('a.html', result())).toBe('<p>Body</p>\n');
  });
});

it('jsonLine escapes U+2028/U+2029 so Unicode-aware line splitters keep one record per line', () => {
  const line = jsonLine({ t: 'a\u2028b\u2029c' });
  expect(line).toBe('{"t":"a\\u2028b\\u2029c"}');
  expect(JSON.parse(line)).toEqual({ t: 'a\u2028b\u2029c' });
});
