import { describe, expect, it } from 'vitest';
import { cleanHtml, type DomImplementation } from '../../src/node';
import { escapeText } from '../../src/serialise/markdown';
import { isSafeLink, isSafeResource, urlScheme } from '../../src/serialise/safe-url';

const PROSE = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story explains, at some length and with several clauses, what the council decided and why the residents care.</p>`,
).join('\n');

const page = (inside: string): string =>
  `<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>${PROSE}${inside}${PROSE}</article></body></html>`;

const HOSTILE_LINKS = [
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(2)',
  'java\tscript:alert(3)',
  '\u0001javascript:alert(4)',
  'data:text/html,<script>alert(5)</script>',
  'vbscript:msgbox(6)',
];

describe.each<DomImplementation>(['jsdom', 'linkedom'])('output that cannot carry script, on %s', (dom) => {
  it('page text that spells markup stays text in Markdown', () => {
    const r = cleanHtml(
      page(
        '<p>The attacker posted &lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(2)&lt;/script&gt; and &amp;lt;b&amp;gt; in a comment field that the council displayed.</p>',
      ),
      { url: 'https://news.example/a', dom },
    );
    expect(r.text).toContain('<img src=x onerror=alert(1)>');
    // Every `<` that could open a tag is backslash-escaped; an `&` that spells an entity too.
    expect(r.markdown).toContain('\\<img src=x onerror=alert(1)>');
    expect(r.markdown).not.toMatch(/(^|[^\\])<(img|script|\/script)/);
    expect(r.markdown).toContain('\\&lt;b\\&gt;');
  });

  it('Markdown keeps http, https, mailto and relative links, and drops every other scheme', () => {
    const links = HOSTILE_LINKS.map(
      (href, i) => `<a href="${href.replace(/"/g, '&quot;')}">bad${i}</a>`,
    ).join(' ');
    const r = cleanHtml(
      page(
        `<p>Links in the story, which the reporters collected for the readers of this long article: ${links}
         <a href="https://ok.example/x">good1</a> <a href="mailto:desk@ok.example">good2</a> <a href="/local path">good3</a>.</p>`,
      ),
      { url: 'https://news.example/a', dom },
    );
    for (let i = 0; i < HOSTILE_LINKS.length; i++) {
      expect(r.markdown).toContain(`bad${i}`);
      expect(r.markdown).not.toContain(`[bad${i}]`);
    }
    expect(r.markdown).not.toMatch(/script:|data:|vbscript/i);
    expect(r.markdown).toContain('[good1](https://ok.example/x)');
    expect(r.markdown).toContain('[good2](mailto:desk@ok.example)');
    expect(r.markdown).toMatch(/\[good3\]\(https:\/\/news\.example\/local%20path\)/);
  });

  it('Markdown keeps only http(s) images', () => {
    const r = cleanHtml(
      page(
        `<p>Pictures of the meeting that the photographer took from the gallery, shown here at full size: <img src="https://img.example/a.jpg" alt="ok &lt;b&gt;"> <img src="data:image/svg+xml,<svg onload=alert(1)>" alt="bad1"> <img src=" JavaScript:alert(1)" alt="bad2"></p>`,
      ),
      { url: 'https://news.example/a', dom },
    );
    expect(r.markdown).toContain('![ok \\<b>](https://img.example/a.jpg)');
    expect(r.markdown).not.toContain('bad1');
    expect(r.markdown).not.toMatch(/data:|javascript/i);
  });

  it('HTML output keeps no event handler, script element or unsafe URL', () => {
    const r = cleanHtml(
      page(
        `<p onclick="alert(1)">A paragraph with a handler, long enough to be kept as part of the article text today. <img src="https://img.example/a.jpg" onerror="alert(2)" ONLOAD="alert(3)"></p>
         <details open ontoggle="alert(4)"><summary>More</summary>Details of the budget vote that the council published afterwards for everyone.</details>
         <p>Inline <svg><a xlink:href="javascript:alert(5)"><text>svg link</text></a><set attributeName="href" to="javascript:alert(6)"/></svg>
         <a href=" JAVASCRIPT:alert(7)">bad</a> <a href="https://ok.example/">good</a> <img srcset="data:image/png;base64,AAAA 1x" src="https://img.example/b.jpg">
         <iframe srcdoc="<script>alert(8)</script>"></iframe><object data="javascript:alert(9)"></object>
         <!-- a comment --> and more words so that the paragraph counts as text of the article.</p>`,
      ),
      { url: 'https://news.example/a', dom },
    );
    expect(r.text).toContain('A paragraph with a handler');
    expect(r.html).toContain('https://img.example/a.jpg');
    expect(r.html).toContain('href="https://ok.example/"');
    expect(r.html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(r.html).not.toMatch(/javascript|<script|<iframe|<object|<set|srcdoc|data:|<!--/i);
    expect(r.markdown).not.toMatch(/javascript|data:/i);
  });
});

describe('URL scheme checks', () => {
  it('read the scheme as a browser does', () => {
    expect(urlScheme(' \tJaVa\nScRiPt:x')).toBe('javascript');
    expect(urlScheme('/path:with-colon')).toBeNull();
    expect(urlScheme('page.html#a:b')).toBeNull();
    for (const href of HOSTILE_LINKS) expect(isSafeLink(href)).toBe(false);
    expect(isSafeLink('HTTPS://x.example')).toBe(true);
    expect(isSafeLink('mailto:a@b.example')).toBe(true);
    expect(isSafeLink('../x')).toBe(true);
    expect(isSafeResource('mailto:a@b.example', true)).toBe(false);
    expect(isSafeResource('/a.png', false)).toBe(false);
    expect(isSafeResource('/a.png', true)).toBe(true);
  });

  it('escapeText leaves ordinary text readable', () => {
    expect(escapeText('3 < 5 & AT&T')).toBe('3 < 5 & AT&T');
    expect(escapeText('<a> &amp; <!-- </p>')).toBe('\\<a> \\&amp; \\<!-- \\</p>');
  });
});
