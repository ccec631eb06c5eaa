/** `CleanResult.markdown` is made on first read; every way a caller copies a result must still carry it. */
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/node';
import { toMarkdown } from '../../src/serialise/markdown';

const PAGE = `<html lang="en"><head><title>Budget</title></head><body><article><h1>Budget</h1>
${'<p>The council decided, after a long debate, what the new <a href="/b">budget</a> pays for and why.</p>'.repeat(5)}
<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Roads</td><td>12</td></tr></table></article></body></html>`;

describe('lazy Markdown', () => {
  const result = cleanHtml(PAGE, { url: 'https://news.example/a', dom: 'linkedom' });

  it('reads as the Markdown of the result', () => {
    expect(result.markdown).toBe(toMarkdown(result.html, result.text));
    expect(result.markdown).toContain('| Roads | 12 |');
    expect(result.markdown).toBe(result.markdown);
  });

  it('is copied by spread, JSON and structuredClone', () => {
    const expected = toMarkdown(result.html, result.text);
    expect({ ...result }.markdown).toBe(expected);
    expect((JSON.parse(JSON.stringify(result)) as { markdown: string }).markdown).toBe(expected);
    expect(structuredClone(result).markdown).toBe(expected);
    expect(Object.keys(result)).toContain('markdown');
  });
});
