/**
 * restoreLead: the standfirst Readability dropped goes back in front of the article's first kept text, also when
 * no kept block has text of its own (Readability rebuilt a paragraph of <br>-separated lines as new, untagged
 * paragraphs inside the old one).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, type DomImplementation } from '../../src/node';
import { setPageId } from '../../src/stages/page-ids';
import { restoreLead } from '../../src/stages/restore-lead';

/** The page ids are written as this attribute here, and given to the elements after parsing (`withIds`). */
const ID_ATTR = 'data-id';

const TITLE = 'Moorschutz im Landtag: Verband fordert verbindliche Ziele';
const LEAD =
  'Der Naturverband bedauert, dass die Anhörung im Landtag keine verbindlichen Ziele für die Moore gebracht hat.';
const PAGE = `<!DOCTYPE html><html><body>
<div ${ID_ATTR}="1" class="container">
  <div ${ID_ATTR}="2" class="header"><h1 ${ID_ATTR}="3">${TITLE}</h1></div>
  <div ${ID_ATTR}="4" class="teaser-text"><p ${ID_ATTR}="5">${LEAD}</p></div>
</div>
<div ${ID_ATTR}="6" class="container"><div ${ID_ATTR}="7" class="rte"><p ${ID_ATTR}="8">Erster Absatz des Textes.<br><br>Zweiter Absatz des Textes.</p></div></div>
</body></html>`;

/** The article as Readability returns it here: the old paragraph renamed a div, its lines in new paragraphs. */
const ARTICLE = `<div id="readability-page-1"><div ${ID_ATTR}="8"><p>Erster Absatz des Textes.</p><p>Zweiter Absatz des Textes.</p></div></div>`;

describe.each<DomImplementation>(['jsdom', 'linkedom'])('restoreLead on %s', (dom) => {
  it('puts the lead in front of rebuilt paragraphs that carry no id of their own', () => {
    const page = parseDocument(PAGE, 'https://example.de/presse', dom);
    withIds(page.body);
    const before = new Map(
      Array.from(page.body.querySelectorAll(`[${ID_ATTR}]`)).map((el) => [
        el.getAttribute(ID_ATTR) ?? '',
        el,
      ]),
    );
    const article = withIds(
      parseDocument(`<!DOCTYPE html><html><body>${ARTICLE}</body></html>`, 'https://example.de/', dom).body
        .firstElementChild as Element,
    );
    restoreLead(article, before, TITLE);
    const text = (article.textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(text.startsWith(LEAD)).toBe(true);
    expect(text).toContain('Zweiter Absatz des Textes.');
  });
});

/** Gives every element below `root` (and `root`) with the id attribute that page id, as the working copy would. */
function withIds(root: Element): Element {
  for (const el of [root, ...Array.from(root.querySelectorAll(`[${ID_ATTR}]`))]) {
    const id = el.getAttribute(ID_ATTR);
    if (id !== null) setPageId(el, id);
  }
  return root;
}
