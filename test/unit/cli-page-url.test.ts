import { describe, expect, it } from 'vitest';
import { declaredPageUrl, resolvePageUrl } from '../../src/cli/page-url';

const FALLBACK = 'file:///tmp/page.html';

describe('resolvePageUrl', () => {
  it('--url wins over everything', () => {
    const html = '<link rel="canonical" href="https://a.example/x">';
    expect(resolvePageUrl(html, 'https://flag.example/', FALLBACK)).toBe('https://flag.example/');
  });

  it('canonical link, with entities decoded', () => {
    const html = '<head><link href="https://a.example/x?p=1&amp;q=2" rel="Canonical"></head>';
    expect(resolvePageUrl(html, undefined, FALLBACK)).toBe('https://a.example/x?p=1&q=2');
  });

  it('canonical beats og:url even when og:url comes first', () => {
    const html = `<meta property="og:url" content="https://og.example/"><link rel=canonical href=https://c.example/>`;
    expect(declaredPageUrl(html)).toBe('https://c.example/');
  });

  it('og:url when there is no canonical', () => {
    expect(declaredPageUrl(`<meta content='https://og.example/p' property='og:url'>`)).toBe(
      'https://og.example/p',
    );
  });

  it('a relative canonical resolves against <base> or og:url, else does not count', () => {
    expect(declaredPageUrl('<base href="https://b.example/dir/"><link rel="canonical" href="post">')).toBe(
      'https://b.example/dir/post',
    );
    expect(
      declaredPageUrl(
        '<meta property="og:url" content="https://og.example/a/b"><link rel="canonical" href="/c">',
      ),
    ).toBe('https://og.example/c');
    expect(resolvePageUrl('<link rel="canonical" href="/c">', undefined, FALLBACK)).toBe(FALLBACK);
  });

  it('ignores markup quoted in scripts and comments, and non-http claims', () => {
    const html = [
      '<script>document.write(\'<link rel="canonical" href="https://script.example/">\')</script>',
      '<!-- <link rel="canonical" href="https://comment.example/"> -->',
      '<link rel="canonical" href="javascript:alert(1)">',
    ].join('');
    expect(resolvePageUrl(html, undefined, FALLBACK)).toBe(FALLBACK);
  });

  it('other rel tokens alongside canonical still count; rel=alternate does not', () => {
    expect(declaredPageUrl('<link rel="alternate" href="https://alt.example/">')).toBeNull();
    expect(declaredPageUrl('<link rel="canonical shortlink" href="https://c.example/">')).toBe(
      'https://c.example/',
    );
  });
});
