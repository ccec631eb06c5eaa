/**
 * Nothing the engine skips is skipped silently: a rule or exception this DOM cannot run, a heuristic, Readability
 * or the Markdown conversion that throws — each is named in `warnings`, and the rest of the result stands.
 */
import { Readability } from '@mozilla/readability';
import TurndownService from 'turndown';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HEURISTICS } from '../../src/heuristics';
import { cleanHtml, type DomImplementation } from '../../src/node';

const URL_ = 'https://news.example/a';
const PROSE = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story explains, at some length and with several clauses, what the council decided and why.</p>`,
).join('');
const PAGE = `<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>${PROSE}<div class="x">Share this</div></article></body></html>`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each<DomImplementation>(['jsdom', 'linkedom'])('warnings instead of silence on %s', (dom) => {
  it('a rule and an exception whose selectors cannot run are named, once each', () => {
    const result = cleanHtml(PAGE, { url: URL_, dom, rules: '##div:unknownpseudo\n#@#p:unknownpseudo' });
    const skipped = result.warnings.filter((w) => w.code === 'rule-skipped');
    expect(skipped.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^Exception #@#p:unknownpseudo skipped on this page: its selector cannot run here \(.*unknownpseudo.*\), so it keeps nothing$/,
      ),
      expect.stringMatching(
        /^Rule ##div:unknownpseudo skipped on this page: its selector cannot run here \(.*unknownpseudo.*\)$/,
      ),
    ]);
    expect(skipped.every((w) => w.ruleId?.startsWith('user:'))).toBe(true);
    expect(result.text).toContain('Paragraph 5');
  });

  it('a heuristic that throws is named, and the others still cut', () => {
    const heuristic = HEURISTICS[0];
    if (!heuristic) throw new Error('no heuristics');
    vi.spyOn(heuristic, 'find').mockImplementation(() => {
      throw new TypeError('broken on purpose');
    });
    const result = cleanHtml(PAGE, { url: URL_, dom });
    expect(result.warnings).toContainEqual({
      code: 'stage-failed',
      ruleId: `heuristic:${heuristic.name}`,
      message: `The ${heuristic.name} heuristic failed on this page (broken on purpose): it cut nothing`,
    });
    expect(result.text).toContain('Paragraph 5');
  });

  it('Readability throwing leaves the rule-cleaned page, and says so', () => {
    vi.spyOn(Readability.prototype, 'parse').mockImplementation(() => {
      throw new TypeError("Cannot read properties of null (reading 'tagName')");
    });
    const result = cleanHtml(PAGE, { url: URL_, dom });
    expect(result.isArticle).toBe(false);
    expect(result.warnings.map((w) => w.message)).toContain(
      "Readability failed on this page (Cannot read properties of null (reading 'tagName')): showing the page cleaned by the rules alone",
    );
    expect(result.text).toContain('Paragraph 5');
    expect(result.text).not.toContain('Share this');
  });

  it('Markdown falls back to the plain text, and says so', () => {
    vi.spyOn(TurndownService.prototype, 'turndown').mockImplementation(() => {
      throw new Error('turndown broke');
    });
    const result = cleanHtml(PAGE, { url: URL_, dom });
    expect(result.markdown).toContain('Paragraph 5');
    expect(result.warnings.map((w) => w.message)).toContain(
      'Markdown conversion failed on this page (turndown broke): the Markdown is the plain text, without links',
    );
  });
});
