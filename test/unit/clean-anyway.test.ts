/**
 * "Clean anyway" on a page that is not an article (issue 8): the whole page, cut by the rules and by the
 * page-chrome heuristics (navigation, the site's header and footer, sign-up and consent boxes), with the page's
 * own content (its lists of links) kept. The options come from the same function the extension uses.
 */
import { describe, expect, it } from 'vitest';
import { buildPageReport } from '../../extension/content/page-report';
import { cleanOptionsFor } from '../../extension/shared/clean-options';
import { clean, parseDocument } from '../../src/node';
import { loadFixturePage } from '../fixtures/fixture-pages';
import { JSDOM } from 'jsdom';

const squash = (s: string): string => s.replace(/\s+/g, ' ');

const cases = [
  {
    file: 'nonarticle--site-index.html',
    chrome: ['News Opinion Sport Culture Log in', 'The Morning Meridian', 'We value your privacy', '© 2025'],
    content: ['Old Town bridge reopens after two-year repair', 'Cup draw pairs city rivals in first round'],
  },
  {
    file: 'nonarticle--login.html',
    chrome: ['The Meridian Post Log in', 'We value your privacy', '© 2025'],
    content: ['Log in to The Meridian Post', 'Forgotten your password?'],
  },
];

describe('"Clean anyway" on a page that is not an article', () => {
  it.each(cases)('$file: cuts the page chrome, keeps the page', ({ file, chrome, content }) => {
    const page = loadFixturePage(file);
    const url = page.expect.url;
    const doc = parseDocument(page.html, url, 'jsdom');
    expect(clean(doc, { url }).isArticle).toBe(false);
    const result = clean(doc, cleanOptionsFor(url, {}, { rulesOnly: true }));
    const text = squash(result.text);
    for (const cut of chrome) expect(text, cut).not.toContain(cut);
    for (const kept of content) expect(text, kept).toContain(kept);
  });

  it('rules alone (the old "rules only") leave the navigation: the page-chrome pass is what cuts it', () => {
    const page = loadFixturePage('nonarticle--site-index.html');
    const url = page.expect.url;
    const doc = parseDocument(page.html, url, 'jsdom');
    const rulesAlone = clean(doc, { url, rulesOnly: true, heuristics: false });
    expect(squash(rulesAlone.text)).toContain('News Opinion Sport Culture Log in');
  });

  it('each page-chrome cut has a switch, and switching it off brings the block back', () => {
    const page = loadFixturePage('nonarticle--site-index.html');
    const url = page.expect.url;
    const doc = parseDocument(page.html, url, 'jsdom');
    const parse = (html: string): Document => new JSDOM(html).window.document;
    const report = buildPageReport(doc, url, {}, { rulesOnly: true, parse });
    const nav = report.result.removed.find((b) => b.text.includes('News Opinion Sport'));
    expect(nav?.ruleId).toBe('heuristic:page-landmarks');
    const group = report.reasons.find((g) => g.reason === nav?.reason);
    expect(group?.ruleIds).toContain('heuristic:page-landmarks');
    const off = buildPageReport(
      doc,
      url,
      { disabledRuleIds: group?.ruleIds ?? [] },
      { rulesOnly: true, parse },
    );
    expect(squash(off.result.text)).toContain('News Opinion Sport Culture Log in');
  });
});
