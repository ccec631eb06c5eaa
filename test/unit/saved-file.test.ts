import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCopy } from '../../extension/shared/copy-format';
import {
  escapeMarkdownText,
  fileNameFor,
  frontMatter,
  htmlFile,
  markdownFile,
  markdownWithTitle,
} from '../../extension/shared/saved-file';
import { cleanHtml } from '../../src/node';
import { cleanByline } from '../../src/metadata/byline';
import { expectGoldenFile } from '../fixtures/golden';

const ROOT = resolve(import.meta.dirname, '../..');
const SAVED_AT = new Date('2026-01-02T03:04:05Z');

describe('saved Markdown file', () => {
  it('matches the golden file for the e2e article (front matter, title heading, body)', async () => {
    const html = readFileSync(resolve(ROOT, 'test/e2e/pages/article.html'), 'utf8');
    const result = cleanHtml(html, { url: 'http://127.0.0.1/e2e/article.html', dom: 'jsdom' });
    const file = markdownFile(result, SAVED_AT);
    expect(file.name).toBe(`${result.title}.md`);
    await expectGoldenFile(file.text, resolve(ROOT, 'test/expected/saved/article.md'));
  });

  it('writes YAML a parser cannot misread: quotes, newlines, line separators, several authors', () => {
    const yaml = frontMatter(
      {
        title: 'He said "no"\nthen: yes \u2028 # not a comment',
        byline: 'By Ada Example and Bo Sample',
        siteName: 'The Daily',
        publishedTime: '2024-03-05T12:00:00Z',
        url: 'https://news.example.com/a?b=1#c',
        lang: 'en',
        markdown: '',
      },
      SAVED_AT,
    );
    expect(yaml).toBe(
      [
        '---',
        'title: "He said \\"no\\"\\nthen: yes \\u2028 # not a comment"',
        'source: "https://news.example.com/a?b=1#c"',
        'author:',
        '  - "Ada Example"',
        '  - "Bo Sample"',
        'site: "The Daily"',
        'published: "2024-03-05"',
        'created: "2026-01-02T03:04:05.000Z"',
        'tags:',
        '  - "clippings"',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what the page did not have', () => {
    const yaml = frontMatter(
      { title: 'T', byline: null, siteName: null, publishedTime: null, url: '', lang: null, markdown: 'x' },
      SAVED_AT,
    );
    expect(yaml).not.toMatch(/author|site|published|source/);
  });
});

describe('Markdown with a title', () => {
  it('starts with the title as a heading, with Markdown in the title escaped', () => {
    expect(markdownWithTitle({ title: 'Why *this* [matters] #1', markdown: 'Body.' })).toBe(
      '# Why \\*this\\* \\[matters\\] \\#1\n\nBody.',
    );
    expect(escapeMarkdownText('a <b>\n c')).toBe('a \\<b\\> c');
  });

  it('does not repeat a title heading the body already has', () => {
    expect(markdownWithTitle({ title: 'T', markdown: '# T\n\nBody.' })).toBe('# T\n\nBody.');
  });

  it('is what Copy as Markdown gives', () => {
    const result = { title: 'T', url: 'https://a.com/x', text: 'Body.', markdown: 'Body.' };
    expect(formatCopy(result, 'markdown')).toBe('# T\n\nBody.');
  });
});

describe('saved HTML file', () => {
  const article = {
    title: '<script>alert(1)</script> & more',
    byline: 'Ada',
    siteName: 'Site',
    publishedTime: '2024-03-05',
    url: 'javascript:alert(1)',
    lang: 'en" onload="x',
    markdown: '',
  };

  it('escapes every metadata field, drops a non-http source and forbids scripts by CSP', () => {
    const file = htmlFile(article, '<p>Body</p>', SAVED_AT);
    expect(file.text).not.toContain('<script>');
    expect(file.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(file.text).not.toContain('javascript:');
    expect(file.text).toContain('lang="en&quot; onload=&quot;x"');
    expect(file.text).toContain("default-src 'none'");
    expect(file.text).toContain('<p>Body</p>');
    expect(file.mime).toBe('text/html');
  });
});

describe('file names', () => {
  it('drop path separators and characters Windows refuses, and fall back to "article"', () => {
    expect(fileNameFor('a/b\\c: "d"? <e>|*', 'md')).toBe('a b c d e.md');
    expect(fileNameFor('..', 'html')).toBe('article.html');
    expect(fileNameFor('x'.repeat(300), 'md')).toHaveLength(103);
  });
});

describe('byline cleanup', () => {
  it('drops CMS account names and e-mail addresses, keeps people', () => {
    for (const account of [
      'admin',
      'By admin',
      'Editor',
      'STAFF',
      'webmaster',
      'news@example.com',
      'admin2',
    ]) {
      expect(cleanByline(account), account).toBeNull();
    }
    for (const person of [
      'Ada Example',
      'By Edith Staffordshire',
      'Admiral Grace Hopper',
      'Staff and agencies desk',
    ]) {
      expect(cleanByline(person), person).toBe(person);
    }
    expect(cleanByline('  ')).toBeNull();
  });

  it('is applied by the engine', () => {
    const html = `<html><head><meta name="author" content="admin"><title>A title here</title></head><body><article>
      <h1>A title here</h1>${'<p>Some long paragraph of article text that goes on for a while, with commas, and more words.</p>'.repeat(8)}
      </article></body></html>`;
    expect(cleanHtml(html, { url: 'https://example.com/a', dom: 'jsdom' }).byline).toBeNull();
  });
});
