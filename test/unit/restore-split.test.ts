/** restore:split-body: more of the same body, in a block of the kind Readability kept, comes back and is recorded. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/node';
import { PAGES_DIR } from '../fixtures/fixture-pages';

const PAGE = readFileSync(join(PAGES_DIR, 'news--body-split-across-rows.html'), 'utf8');
const URL = 'https://www.harbourgazette.example.com/news/2025/06/ferry-timetable-cut-island-council';

describe('restore:split-body', () => {
  it('records the second row of the body, and not the teaser card of another story', () => {
    const result = cleanHtml(PAGE, { url: URL, dom: 'linkedom' });
    expect(result.restored.map((r) => r.ruleId)).toEqual(['restore:split-body']);
    expect(result.restored[0]?.text).toContain('Islanders have started a petition');
    expect(result.restored[0]?.text).toContain('The ministry said it would reply');
    expect(result.restored.some((r) => r.text.includes('Harbour wall repairs'))).toBe(false);
  });

  it('restores nothing when the second row is of another kind', () => {
    // The rows after the photo get classes of their own: nothing says they are more of the kept body.
    const split = PAGE.indexOf('grid-row--wide');
    const page =
      PAGE.slice(0, split) +
      PAGE.slice(split).replaceAll('copy-block', 'notes-block').replaceAll('copy-para', 'notes-para');
    const result = cleanHtml(page, { url: URL, dom: 'linkedom' });
    expect(result.restored).toEqual([]);
  });
});
