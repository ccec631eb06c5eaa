/** Footnotes in the common markups become GFM footnotes in the Markdown and "[1]" labels in the text. */
import { describe, expect, it } from 'vitest';
import { cleanHtml, type DomImplementation } from '../../src/node';

const URL = 'https://essays.example.net/2024/trial';
const para =
  '<p>The trial ran for six months in sixty-one companies, and the organisers asked each one to report the same figures every month, from revenue to sick days.</p>';

function cleanWith(body: string, dom: DomImplementation) {
  const html = `<html lang="en"><head><title>The trial</title></head><body><article>${para}${para}${body}${para}</article></body></html>`;
  return cleanHtml(html, { url: URL, dom });
}

const MARKUPS: [string, string][] = [
  [
    'sup links and a footnotes section',
    `<p>Most firms kept the shorter week afterwards.<sup id="fnref1"><a href="#fn1">1</a></sup> Revenue held up.<sup id="fnref2"><a href="#fn2">2</a></sup></p>
     <section class="footnotes"><ol><li id="fn1"><p>Fifty-six of sixty-one. <a href="#fnref1">↩</a></p></li>
     <li id="fn2"><p>Weighted by company size. <a href="#fnref2">↩</a></p></li></ol></section>`,
  ],
  [
    'DPUB-ARIA roles (Pandoc)',
    `<p>Most firms kept the shorter week afterwards.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> Revenue held up.<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a></p>
     <section class="footnotes" role="doc-endnotes"><hr><ol><li id="fn1" role="doc-endnote"><p>Fifty-six of sixty-one.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
     <li id="fn2" role="doc-endnote"><p>Weighted by company size.<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>`,
  ],
  [
    'Wikipedia cite_note',
    `<p>Most firms kept the shorter week afterwards.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> Revenue held up.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup></p>
     <div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text">Fifty-six of sixty-one.</span></li>
     <li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span class="reference-text">Weighted by company size.</span></li></ol></div>`,
  ],
  [
    'absolute links to the same page',
    `<p>Most firms kept the shorter week afterwards.<sup><a href="${URL}#n1">1</a></sup> Revenue held up.<sup><a href="${URL}#n2">2</a></sup></p>
     <ol class="footnotes"><li id="n1">Fifty-six of sixty-one.</li><li id="n2">Weighted by company size.</li></ol>`,
  ],
];

describe.each<DomImplementation>(['jsdom', 'linkedom'])('footnotes on %s', (dom) => {
  it.each(MARKUPS)('%s', (_name, body) => {
    const r = cleanWith(body, dom);
    expect(r.markdown).toContain('afterwards.[^1] Revenue held up.[^2]');
    expect(r.markdown).toMatch(
      /\n\[\^1\]: Fifty-six of sixty-one\.\n\n\[\^2\]: Weighted by company size\.(\n|$)/,
    );
    expect(r.markdown).not.toMatch(/↩|\[\^\]|\(#cite_ref|\(#fnref/);
    expect(r.text).toContain('afterwards.[1] Revenue held up.[2]');
    expect(r.text).toMatch(/\[1\] Fifty-six of sixty-one\.\n\n\[2\] Weighted by company size\./);
    expect(r.text).not.toMatch(/↩|\^/);
  });

  it('numbers notes in the order they are referred to, and indents a note of two paragraphs', () => {
    const r = cleanWith(
      `<p>First point.<sup><a href="#b">b</a></sup> Second point.<sup><a href="#a">a</a></sup></p>
       <ol><li id="a"><p>Note A.</p></li><li id="b"><p>Note B, first paragraph.</p><p>Note B, second paragraph.</p></li></ol>`,
      dom,
    );
    expect(r.markdown).toContain('First point.[^1] Second point.[^2]');
    expect(r.markdown).toContain('[^2]: Note A.');
    expect(r.markdown).toContain('[^1]: Note B, first paragraph.\n\n    Note B, second paragraph.');
  });

  it('leaves a superscript that links nowhere on the page, and a contents link, alone', () => {
    const r = cleanWith(
      '<p>E = mc<sup>2</sup>, see <a href="#method">the method</a>.</p><h2 id="method">Method</h2>',
      dom,
    );
    expect(r.markdown).toContain('E = mc2, see [the method](#method).');
    expect(r.markdown).not.toContain('[^');
  });
});
