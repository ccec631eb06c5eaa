import { describe, expect, it } from 'vitest';
import { cleanOptionsFor, hostKey, originPatterns } from '../../extension/shared/clean-options';
import { formatCopy } from '../../extension/shared/copy-format';
import { dispatch, fail, ok } from '../../extension/shared/messages';
import type { Handlers } from '../../extension/shared/messages';
import { restrictedMessage, restrictedReason } from '../../extension/shared/restricted';

describe('restricted pages', () => {
  it.each([
    'chrome://settings/',
    'edge://extensions/',
    'about:blank',
    'view-source:https://example.com/',
    'chrome-extension://abc/popup.html',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://example.com/report.pdf',
    'file:///home/me/a.html',
    'data:text/html,hi',
  ])('refuses %s', (url) => {
    expect(restrictedReason(url, false)).toEqual(expect.any(String));
  });

  it.each([
    'https://example.com/news/a-story',
    'http://127.0.0.1:8080/x.html',
    'https://chrome.google.com/search',
  ])('allows %s', (url) => expect(restrictedReason(url, false)).toBeNull());

  it('allows file:// when the user granted file access', () => {
    expect(restrictedReason('file:///home/me/a.html', true)).toBeNull();
  });

  it('phrases the message the popup shows', () => {
    expect(restrictedMessage('it is a browser page')).toBe(
      "Pith can't read this page: it is a browser page. Try it on an article page.",
    );
  });
});

describe('settings → engine options', () => {
  it('joins global and site rules and keeps builtins on unless exactly false', () => {
    expect(
      cleanOptionsFor(
        'https://a.com/',
        { userRules: 'a.com##.x' },
        { global: { text: '##.ad', disabledPacks: [] } },
      ),
    ).toEqual({
      url: 'https://a.com/',
      builtinRules: true,
      disabledRuleIds: [],
      rules: '##.ad\na.com##.x',
    });
    expect(cleanOptionsFor('https://a.com/', {})).not.toHaveProperty('rules');
  });

  it('keys sites by host without www', () => {
    expect(hostKey('https://WWW.Example.com/a')).toBe('example.com');
    expect(hostKey('not a url')).toBe('');
    expect(originPatterns('example.com')).toEqual(['*://example.com/*', '*://www.example.com/*']);
    expect(originPatterns('127.0.0.1')).toEqual(['*://127.0.0.1/*']);
  });
});

describe('copy formats', () => {
  const result = {
    title: 'T',
    url: 'https://a.com/x',
    text: 'Body one.\n\nBody two.',
    markdown: '# T\n\nBody one.',
  };
  it('gives text, Markdown, and title + link', () => {
    expect(formatCopy(result, 'text')).toBe(result.text);
    // The body already opens with the title heading: it is not added twice.
    expect(formatCopy(result, 'markdown')).toBe(result.markdown);
    expect(formatCopy(result, 'with-link')).toBe('T\nhttps://a.com/x\n\nBody one.\n\nBody two.');
  });
});

describe('dispatch', () => {
  interface P {
    echo: (req: { n: number }) => ReturnType<typeof ok<number>>;
    boom: (req: Record<string, never>) => ReturnType<typeof ok<null>>;
  }
  const handlers: Handlers<P> = {
    echo: async ({ n }) => ok(n * 2),
    boom: async () => {
      throw new Error('kaput');
    },
  };

  it('routes by type', async () => {
    expect(await dispatch(handlers, { type: 'echo', payload: { n: 21 } }, undefined)).toEqual(ok(42));
  });

  it('turns unknown types and crashes into error values', async () => {
    expect(await dispatch(handlers, { type: 'nope', payload: {} }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'bad-message' },
    });
    expect(await dispatch(handlers, { type: 'toString', payload: {} }, undefined)).toMatchObject({
      ok: false,
    });
    expect(await dispatch(handlers, { type: 'boom', payload: {} }, undefined)).toEqual(
      fail('internal', 'Pith hit an internal error handling "boom": kaput'),
    );
  });

  it('ignores messages that are not envelopes', async () => {
    expect(await dispatch(handlers, 'hello', undefined)).toBeUndefined();
    expect(await dispatch(handlers, null, undefined)).toBeUndefined();
  });
});

describe('"Clean anyway" view', () => {
  it('skips Readability, keeps the rules and runs the page-chrome heuristics', () => {
    expect(cleanOptionsFor('https://a.com/', { userRules: 'a.com##.x' }, { rulesOnly: true })).toEqual({
      url: 'https://a.com/',
      builtinRules: true,
      disabledRuleIds: [],
      rules: 'a.com##.x',
      rulesOnly: true,
      pageChrome: true,
    });
  });
});

describe('"Clean this site" off', () => {
  it('means no rules of any kind and no heuristics: Readability alone', () => {
    expect(
      cleanOptionsFor(
        'https://a.com/',
        { builtinRules: false, userRules: 'a.com##.x' },
        { global: { text: '##.ad', disabledPacks: [] }, rulesOnly: true },
      ),
    ).toEqual({ url: 'https://a.com/', builtinRules: false, disabledRuleIds: [], heuristics: false });
  });
});
