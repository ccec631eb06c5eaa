/** The headline-section retry: Readability chooses again within the section around the page's headline. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanHtml, type DomImplementation } from '../../src/node';
import { PAGES_DIR } from '../fixtures/fixture-pages';

const PAGE = readFileSync(join(PAGES_DIR, 'recipe--helpdesk-flyout-outscores.html'), 'utf8');
const URL = 'https://backstube.example.de/rezepte/zwetschgen-streuselkuchen';
const FLYOUT = 'Gerne beantwortet unser Verbraucherservice';
const STEP = 'Mehl mit Hefe in einer Rührschüssel sorgfältig vermischen';

describe.each<DomImplementation>(['jsdom', 'linkedom'])('headline section on %s', (dom) => {
  it('logs the box it left out as Readability would, with the page’s own markup', () => {
    const result = cleanHtml(PAGE, { url: URL, dom });
    expect(result.text).toContain(STEP);
    const flyout = result.removed.find((r) => r.text.includes(FLYOUT));
    expect(flyout?.stage).toBe('readability');
    expect(flyout?.html).not.toContain('hidden');
    // Every other cut is logged once: the second pass starts from a fresh copy, not on top of the first one's log.
    const texts = result.removed.map((r) => r.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('leaves Readability’s choice alone when no headline reads as the title', () => {
    const page = PAGE.replace('<h1 class="m-intro-headline">Zwetschgen-Streuselkuchen</h1>', '');
    const result = cleanHtml(page, { url: URL, dom });
    expect(result.text).toContain(FLYOUT);
  });

  it('leaves it alone when heuristics are off (the retry is one of them)', () => {
    const result = cleanHtml(PAGE, { url: URL, dom, heuristics: false });
    expect(result.text).toContain(FLYOUT);
  });
});
