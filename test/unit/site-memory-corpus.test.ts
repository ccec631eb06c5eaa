/**
 * The site memory over its own corpus (`test/fixtures/site-memory/`), in reading order: every cut is recorded,
 * no article paragraph is cut (the traps among them: a syndicated paragraph, a sentence two articles share, a
 * recurring standfirst), the memory never lowers what is kept, and by the sixth page it cuts template blocks.
 */
import { describe, expect, it } from 'vitest';
import { clean, parseDocument, type DomImplementation } from '../../src/node';
import { emptyMemory, remember, templateFor } from '../../src/memory/store';
import { unrecordedWords } from '../support/unrecorded-words';
import { fold, loadCorpus } from '../bench/site-memory-corpus';

const sites = loadCorpus();

describe.each<DomImplementation>(['jsdom', 'linkedom'])('site memory corpus on %s', (dom) => {
  it.each(sites.map((s) => [s.site, s] as const))('%s', (_name, site) => {
    expect(site.pages.length).toBeGreaterThanOrEqual(6);
    expect(site.pages.some((p) => p.traps.length > 0)).toBe(true);
    let memory = emptyMemory();
    site.pages.forEach((page, i) => {
      const doc = parseDocument(page.html, page.url, dom);
      const result = clean(doc, {
        url: page.url,
        siteTemplate: templateFor(memory, page.url),
        collectPrints: true,
      });
      memory = remember(memory, page.url, result.prints ?? [], i);
      const plain = clean(doc, { url: page.url });
      const text = fold(result.text);
      const cuts = result.removed.filter((b) => b.ruleId.startsWith('memory:'));
      for (const paragraph of page.keep.map(fold)) {
        // What the plain clean keeps, the memory keeps.
        if (fold(plain.text).includes(paragraph)) expect(text, `${page.file}`).toContain(paragraph);
        for (const cut of cuts) expect(fold(cut.text)).not.toContain(paragraph);
      }
      if (i < 3) expect(cuts).toEqual([]);
      if (i === 5) expect(cuts.length).toBeGreaterThan(1);
      if (dom === 'jsdom')
        expect(unrecordedWords(parseDocument(page.html, page.url, 'jsdom'), result)).toEqual([]);
    });
  });
});
