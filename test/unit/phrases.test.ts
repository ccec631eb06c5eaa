/** The per-language clutter phrase lists: every entry is valid, matches as a whole block, and never inside prose. */
import { describe, expect, it } from 'vitest';
import { boilerplateLine } from '../../src/heuristics/boilerplate-line';
import { detectLanguage, PHRASE_LISTS } from '../../src/heuristics/phrases';
import { buildMatcher } from '../../src/heuristics/phrases/match';
import { TextIndex } from '../../src/dom/text-index';
import { parseDocument } from '../../src/node';

const REQUIRED = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'];

describe('phrase lists', () => {
  it('cover the required languages, once each', () => {
    const langs = PHRASE_LISTS.map((l) => l.lang);
    expect([...langs].sort()).toEqual([...REQUIRED].sort());
  });

  describe.each(PHRASE_LISTS.map((l) => [l.lang, l] as const))('%s', (_lang, list) => {
    const kinds = {
      lines: list.lines,
      labels: list.labels,
      announce: list.announce,
      announceLeads: list.announceLeads,
      rights: list.rights,
      appeals: list.appeals,
      counters: list.counters,
    };

    it.each(Object.entries(kinds))(
      '%s: entries are trimmed lower-case text, unique, short',
      (_kind, entries) => {
        expect(entries.length).toBeGreaterThan(0);
        for (const entry of entries) {
          expect(entry, JSON.stringify(entry)).toBe(entry.trim().replace(/\s+/g, ' ').toLowerCase());
          expect(entry, JSON.stringify(entry)).toMatch(/\p{L}/u);
          expect(entry.split(' ').length, entry).toBeLessThanOrEqual(8);
          // A label carries its own colon in the matcher; an entry ending in one would need two.
          expect(entry.endsWith(':'), entry).toBe(false);
        }
        expect(new Set(entries).size, 'duplicates').toBe(entries.length);
      },
    );

    it('stopwords recognise a paragraph built from them', () => {
      const words = Array.from({ length: 40 }, (_, i) => list.stopwords[i % list.stopwords.length]).join(' ');
      expect(detectLanguage(words)?.lang).toBe(list.lang);
    });

    const matcher = buildMatcher([list]);
    it.each(list.lines.map((e) => [e]))(
      'line "%s" matches as a whole block, capitalised, with a count',
      (e) => {
        expect(matcher.line(e)).toBe(true);
        expect(matcher.line(e[0]!.toUpperCase() + e.slice(1))).toBe(true);
        expect(matcher.line(`${e} (3)`)).toBe(true);
        expect(matcher.line(`Yesterday the mayor said ${e} twice`)).toBe(false);
      },
    );
    it.each(list.labels.map((e) => [e]))('label "%s" matches only with its colon', (e) => {
      expect(matcher.label(`${e}: Jane Doe`)).toBe(true);
      expect(matcher.label(`${e} Jane Doe`)).toBe(false);
    });
    it.each(list.labels.map((e) => [e]))(
      'label "%s" points with a colon or a separator before more text',
      (e) => {
        expect(matcher.pointerLabel(`${e}: Jane Doe`)).toBe(true);
        expect(matcher.pointerLabel(`${e} » Jane Doe`)).toBe(true);
        expect(matcher.pointerLabel(`${e} – Jane Doe`)).toBe(true);
        expect(matcher.pointerLabel(`${e} | Jane Doe`)).toBe(true);
        expect(matcher.pointerLabel(`${e} Jane Doe`)).toBe(false);
        expect(matcher.pointerLabel(`${e} »`)).toBe(false);
      },
    );
    it.each(list.months.map((e) => [e]))('month "%s" makes a date line, not a sentence', (e) => {
      expect(matcher.namedDate(`16 ${e} 2021`)).toBe(true);
      expect(matcher.namedDate(`${e[0]!.toUpperCase()}${e.slice(1)} 4, 2021, 10:30`)).toBe(true);
      expect(matcher.namedDate(`Stand: 6. ${e} 2014`)).toBe(true);
      expect(matcher.namedDate(`Am 16 ${e} 2021 stimmte der Rat ab`)).toBe(false);
      expect(matcher.namedDate(e)).toBe(false);
    });
    it.each(list.ads.map((e) => [e]))('ad label "%s" opens a disclosure, not a longer word', (e) => {
      expect(matcher.adDisclosure(`*${e}. Dieser Beitrag enthält Werbung`)).toBe(true);
      expect(matcher.adDisclosure(`${e[0]!.toUpperCase()}${e.slice(1)}, enthält Affiliate Links`)).toBe(true);
      expect(matcher.adDisclosure(e)).toBe(true);
      expect(matcher.adDisclosure(`${e}xyz und mehr`)).toBe(false);
      expect(matcher.adDisclosure(`Die ${e} ist überall`)).toBe(false);
    });
    it.each(list.rights.map((e) => [e]))(
      'rights phrase "%s" matches inside a notice, as whole words only',
      (e) => {
        expect(matcher.rights(`© 2026 Example News. ${e[0]!.toUpperCase()}${e.slice(1)}.`)).toBe(true);
        expect(matcher.rights(`${e}xyz`)).toBe(false);
        expect(matcher.rights(`xyz${e}`)).toBe(false);
        expect(matcher.appeal(e)).toBe(false);
      },
    );
    it.each(list.appeals.map((e) => [e]))('appeal "%s" matches inside a plea, as whole words only', (e) => {
      expect(matcher.appeal(`Thanks for reading! ${e[0]!.toUpperCase()}${e.slice(1)} today.`)).toBe(true);
      expect(matcher.appeal(`${e}xyz`)).toBe(false);
      expect(matcher.appeal(`xyz${e}`)).toBe(false);
      expect(matcher.rights(e)).toBe(false);
    });
    it.each(list.counters.map((e) => [e]))('counter "%s" makes a line of counts, not a sentence', (e) => {
      expect(matcher.counter(`1.248 ${e}`)).toBe(true);
      expect(matcher.counter(`${e[0]!.toUpperCase()}${e.slice(1)}: 184`)).toBe(true);
      expect(matcher.counter(`1,2K ${e} · 3 ${e}`)).toBe(true);
      expect(matcher.counter(e)).toBe(false);
      expect(matcher.counter(`Das Video hatte 40.000 ${e}`)).toBe(false);
      expect(matcher.counter(`12 ${e}xyz`)).toBe(false);
    });
    it.each(list.announceLeads.map((e) => [e]))(
      'lead "%s" opens a heading naming a topic, not a sentence',
      (e) => {
        expect(matcher.announceLead(`${e[0]!.toUpperCase()}${e.slice(1)} Klima und Konsum`)).toBe(true);
        expect(matcher.announceLead(`${e} Example.de:`)).toBe(true);
        expect(matcher.announceLead(e)).toBe(false);
        expect(matcher.announceLead(`${e} Klima. Der Rat hat beschlossen`)).toBe(false);
        expect(matcher.announceLead(`Gestern ${e} Klima und Konsum`)).toBe(false);
        expect(matcher.announceLead(`${e} a b c d e f g h i j k`)).toBe(false);
      },
    );
    it.each(list.announce.map((e) => [e]))('announcement "%s" matches a whole heading only', (e) => {
      expect(matcher.announce(`${e}:`)).toBe(true);
      expect(matcher.announce(`${e} the full report on the harbour`)).toBe(false);
    });
  });
});

describe('boilerplate-line', () => {
  const find = (body: string, lang: string): string[] => {
    const doc = parseDocument(
      `<html lang="${lang}"><body>${body}</body></html>`,
      'https://x.example/',
      'jsdom',
    );
    const index = new TextIndex(doc.body);
    return boilerplateLine.find(doc.body, index).map((el) => index.text(el));
  };

  it('takes whole widget lines and labelled lines in the page language', () => {
    const found = find(
      '<p>Der Gemeinderat hat am Dienstag beschlossen, die Bibliothek zu schließen.</p><div>Diesen Artikel teilen</div><p>Titelbild: Stadtarchiv</p><span>Aktualisiert: 03.04.2020</span><p>03.04.2020</p>',
      'de',
    );
    expect(found).toEqual([
      'Diesen Artikel teilen',
      'Titelbild: Stadtarchiv',
      'Aktualisiert: 03.04.2020',
      '03.04.2020',
    ]);
  });

  it('leaves prose that uses the same words, and a labelled line that is several sentences', () => {
    const found = find(
      '<p>Wir wollen diesen Artikel teilen, sagte sie.</p><p>Foto: Das Bild zeigt den Hafen. Es wurde 1910 aufgenommen und hängt heute im Museum.</p><table><tr><td>03.04.2020</td></tr></table>',
      'de',
    );
    expect(found).toEqual([]);
  });

  it('takes a labelled line whose rest is a link, even with a full stop in the headline or in a pull-out quote', () => {
    const found = find(
      '<p>El juez exigió la devolución de la avioneta, según informó la defensa del expresidente.</p><p><em>Vea también: <a href="/a">Entre heces y guaricha: la escuela. No brilla</a></em></p><blockquote><b>PUEDES VER: </b><a href="/b">¿Qué es la Sunedu? Cómo está conformada</a></blockquote>',
      'es',
    );
    expect(found).toEqual([
      'Vea también: Entre heces y guaricha: la escuela. No brilla',
      'PUEDES VER: ¿Qué es la Sunedu? Cómo está conformada',
    ]);
  });

  it('leaves a quoted labelled line with no link (an example the author quotes), and a linked labelled line in a cell', () => {
    const found = find(
      '<p>El juez exigió la devolución de la avioneta, según informó la defensa del expresidente.</p><blockquote><p>Vea también: la escuela no brilla para estudiantes</p></blockquote><table><tr><td>Vea también: <a href="/a">Otra noticia. Más</a></td></tr></table>',
      'es',
    );
    expect(found).toEqual([]);
  });

  it('takes a date alone: with a month name, a weekday, a time or a short label; not as a heading', () => {
    const found = find(
      '<p>Der Gemeinderat hat am 6. Mai 2014 beschlossen, die Bibliothek zu schließen.</p><time>16. März 2021</time><div>Dienstag, 6. Mai 2014 um 23:30</div><span>Publiziert: 03.04.2020, 12:35</span><h3>4. August 1914</h3><p>Mai 2014</p>',
      'de',
    );
    expect(found).toEqual([
      '16. März 2021',
      'Dienstag, 6. Mai 2014 um 23:30',
      'Publiziert: 03.04.2020, 12:35',
    ]);
  });

  it('takes an advertising disclosure set in small print, not prose that opens with the same word', () => {
    const found = find(
      '<p>Der Gemeinderat hat am Dienstag beschlossen, die Bibliothek zu schließen.</p><p><em>*Werbung. Dieser Beitrag enthält Werbung für <a href="/m">Marke.</a></em></p><small>Anzeige</small><p>Werbung, sagt sie, ist überall in der Stadt.</p><p><em>Werbung</em> ist ein Wort, das sie nicht mag.</p>',
      'de',
    );
    expect(found).toEqual(['*Werbung. Dieser Beitrag enthält Werbung für Marke.', 'Anzeige']);
  });

  it('does not apply another language’s lists to a page in neither language', () => {
    // "Teilen" is a German widget label; on an English page with no German text it is left alone.
    expect(
      find(
        '<p>The council met on Tuesday and the harbour was the main topic of the meeting again.</p><div>Teilen</div>',
        'en',
      ),
    ).toEqual([]);
  });
});
