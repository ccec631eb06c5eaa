/** restore:landmark-prose: prose Readability dropped from the page's one article landmark comes back, and is recorded. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanHtml, parseDocument } from '../../src/node';
import { proseBlocks } from '../../src/stages/prose-blocks';
import { PAGES_DIR } from '../fixtures/fixture-pages';

const LETTER = readFileSync(join(PAGES_DIR, 'letter--signatories-outscore-text.html'), 'utf8');
const URL = 'https://www.civicforum.example.org/open-letters/keep-the-branch-libraries-open';

describe('restore:landmark-prose', () => {
  it('records what it put back and where it stood in the page', () => {
    const result = cleanHtml(LETTER, { url: URL, dom: 'linkedom' });
    expect(result.restored).toHaveLength(1);
    const [block] = result.restored;
    expect(block?.ruleId).toBe('restore:landmark-prose');
    expect(block?.text).toContain('The city council will vote next month');
    expect(block?.where).toContain('article');
    // A restored block is article text, so it is not also reported as cut.
    expect(result.removed.some((r) => r.text.includes('The city council will vote'))).toBe(false);
  });

  it('restores nothing when the page has two article landmarks with prose (no single article)', () => {
    const second = `<article class="post"><p>${'A second story with its own paragraphs of prose, told at some length here. '.repeat(5)}</p></article>`;
    const page = LETTER.replace('</article>', `</article>${second}`);
    const result = cleanHtml(page, { url: URL, dom: 'linkedom' });
    expect(result.restored).toEqual([]);
  });

  it('restores nothing when the page has no article landmark', () => {
    // The letter's article tag becomes a div: nothing says where the article is, so Readability's choice stands.
    const page = LETTER.replace('<article class="post letter">', '<div class="post letter">').replace(
      '</article>',
      '</div>',
    );
    const result = cleanHtml(page, { url: URL, dom: 'linkedom' });
    expect(result.restored).toEqual([]);
  });

  it('puts the prose back without an embedded social post that stood in the same block', () => {
    // The page's own plugin markup for a Facebook post: someone else's words, which Readability dropped too.
    const post =
      '<div class="privacy-embed-preview privacy-embed-facebook"><div class="fb-post">' +
      '<blockquote cite="https://www.facebook.com/friendsofthelibrary/posts/1234567890/">' +
      '<p>Join us on Saturday at the central library steps, where we will read the letter aloud together before the vote.</p>' +
      '<p>Posted by Friends of the Library on Monday, 3 March</p></blockquote></div></div>';
    const page = LETTER.replace('<div class="letter-copy">', `<div class="letter-copy">${post}`);
    const result = cleanHtml(page, { url: URL, dom: 'linkedom' });
    const text = result.restored.map((block) => block.text).join(' ');
    expect(text).toContain('The city council will vote next month');
    expect(text).not.toContain('read the letter aloud together');
    expect(result.text).not.toContain('read the letter aloud together');
  });
});

// On jsdom only: there Readability's copies can lose their root element; linkedom cannot build in such a document.
describe('proseBlocks on jsdom', () => {
  it('judges a block of a document with no root element (Readability leaves such copies on jsdom)', () => {
    const doc = parseDocument('<html><body><p>x</p></body></html>', URL, 'jsdom');
    doc.documentElement.remove();
    const block = doc.createElement('div');
    const prose =
      'The council met on Monday and decided, after a long debate, to keep every branch library open. ';
    block.innerHTML = `<p>${prose.repeat(3)}</p><p>Support our journalism: <a href="https://civicforum.example.org/donate">donate today</a>.</p>`;
    const found = proseBlocks(block);
    expect(found.map((el) => el.textContent?.slice(0, 20))).toEqual(['The council met on M']);
  });
});
