import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openReader } from '../../extension/reader/index';
import type { ReaderArticle, ReaderPrefs } from '../../extension/reader/index';
import { createNarrator, spokenBlocks } from '../../extension/reader/narrator';
import type { SpeechEngine } from '../../extension/reader/narrator';
import { readingTime } from '../../extension/reader/reading-time';
import { DEFAULT_READER_PREFS } from '../../extension/shared/storage';
import { dispatchTrusted, readerDialog, readerShadow, recordShadowRoots, trustedClick } from './reader-jsdom';

const ARTICLE: ReaderArticle = {
  title: 'The quiet return of the night train',
  byline: 'Ada Example',
  siteName: 'The Daily Example',
  publishedTime: '2024-03-05T12:00:00Z',
  lang: 'en',
  url: 'https://news.example.com/night-trains',
  html: '<h2>Why now</h2><p>Sleeper services are <a href="https://example.org/rail">back</a>.</p><ul><li><p>One</p></li><li>Two</li></ul><pre><code>x = 1</code></pre>',
  words: 1200,
};

const doms: JSDOM[] = [];
afterEach(() => {
  for (const dom of doms.splice(0)) dom.window.close();
});

/** A page window, optionally with a stub speech engine and a `prefers-color-scheme` answer. */
function page(options: { speech?: boolean; dark?: boolean } = {}) {
  const dom = new JSDOM(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><p>Page</p></body></html>',
    {
      url: 'https://news.example.com/night-trains',
      pretendToBeVisual: true,
    },
  );
  doms.push(dom);
  recordShadowRoots(dom.window);
  const win = dom.window as unknown as Window & typeof globalThis;
  const spoken: string[] = [];
  const utterances: SpeechSynthesisUtterance[] = [];
  const engine = {
    speak: vi.fn((u: SpeechSynthesisUtterance) => {
      spoken.push(u.text);
      utterances.push(u);
    }),
    cancel: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    getVoices: () => [],
  };
  if (options.speech) {
    class Utterance {
      text: string;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: ((e: { error: string }) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.assign(win, { speechSynthesis: engine, SpeechSynthesisUtterance: Utterance });
  }
  if (options.dark !== undefined) {
    Object.assign(win, {
      matchMedia: () => ({ matches: options.dark, addEventListener() {}, removeEventListener() {} }),
    });
  }
  win.print = vi.fn();
  return { doc: dom.window.document, win, engine, spoken, utterances };
}

function hooks() {
  return {
    onPrefsChange: vi.fn<(p: ReaderPrefs) => void>(),
    onClose: vi.fn<() => void>(),
    onCopy: vi.fn(),
    onSave: vi.fn(),
  };
}

const shadowOf = readerShadow;
const click = trustedClick;

describe('reader: print', () => {
  it('adds a print sheet that hides the page body while open, and removes it on close', () => {
    const { doc } = page();
    const before = doc.documentElement.outerHTML;
    const reader = openReader(doc, ARTICLE, DEFAULT_READER_PREFS, hooks());
    const sheet = Array.from(doc.head.querySelectorAll('style')).find((s) =>
      s.textContent?.includes('@media print'),
    );
    expect(sheet?.textContent).toMatch(
      /html > :not\(div\[data-pith-[0-9a-f]{12}\]\):not\(head\) \{ display: none !important; \}/,
    );
    reader.close();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('prints the full source address and calls print from the toolbar', () => {
    const { doc, win } = page();
    openReader(doc, ARTICLE, DEFAULT_READER_PREFS, hooks());
    const shadow = shadowOf(doc);
    expect(shadow.querySelector('.print-source')?.textContent).toBe(
      'Source: https://news.example.com/night-trains',
    );
    click(shadow, 'button.print');
    expect(win.print).toHaveBeenCalledOnce();
  });
});

describe('reader: toolbar actions', () => {
  it('copy and save menus call the hooks with the chosen format', () => {
    const { doc } = page();
    const h = hooks();
    openReader(doc, ARTICLE, DEFAULT_READER_PREFS, h);
    const shadow = shadowOf(doc);
    const list = shadow.querySelector<HTMLElement>('.save .menu-list');
    expect(list?.hidden).toBe(true);
    click(shadow, 'button.save-button');
    expect(list?.hidden).toBe(false);
    click(shadow, '.save [data-choice="markdown"]');
    expect(h.onSave).toHaveBeenCalledWith('markdown');
    expect(list?.hidden).toBe(true);
    click(shadow, '.copy [data-choice="with-link"]');
    expect(h.onCopy).toHaveBeenCalledWith('with-link');
  });

  it('shows no copy, save or listen button it cannot serve', () => {
    const { doc } = page();
    openReader(doc, ARTICLE, DEFAULT_READER_PREFS, { onPrefsChange() {}, onClose() {} });
    const shadow = shadowOf(doc);
    expect(shadow.querySelector('.copy, .save, button.listen')).toBeNull();
    expect(shadow.querySelector('button.print')).not.toBeNull();
  });

  it('shows the reading time beside the byline', () => {
    const { doc } = page();
    openReader(doc, ARTICLE, DEFAULT_READER_PREFS, hooks());
    expect(shadowOf(doc).querySelector('.meta .reading-time')?.textContent).toBe('5 min read');
    expect(readingTime(10)).toBe('1 min read');
    expect(readingTime(0)).toBeNull();
    expect(readingTime(Number.NaN)).toBeNull();
  });
});

describe('reader: metadata', () => {
  it("shows the date in the reader's language (the browser's), not the page's", () => {
    const { doc, win } = page();
    expect(win.navigator.language).toBe('en-US');
    openReader(doc, { ...ARTICLE, lang: 'de' }, DEFAULT_READER_PREFS, hooks());
    const time = shadowOf(doc).querySelector<HTMLElement>('.meta time');
    expect(time?.textContent).toBe('March 5, 2024');
    expect(time?.lang).toBe('en-US');
  });
});

describe('reader: theme follows the system until the user picks one', () => {
  it('system dark gives the dark theme; a pick is stored as that theme', () => {
    const { doc } = page({ dark: true });
    const h = hooks();
    openReader(doc, ARTICLE, { ...DEFAULT_READER_PREFS, theme: 'system' }, h);
    const host = readerDialog(doc);
    expect(host?.getAttribute('data-theme')).toBe('dark');
    click(shadowOf(doc), 'button[data-theme="dark"]');
    expect(h.onPrefsChange).toHaveBeenLastCalledWith(expect.objectContaining({ theme: 'dark' }));
    click(shadowOf(doc), 'button[data-theme="sepia"]');
    expect(host?.getAttribute('data-theme')).toBe('sepia');
  });

  it('system light gives the light theme', () => {
    const { doc } = page({ dark: false });
    openReader(doc, ARTICLE, { ...DEFAULT_READER_PREFS, theme: 'system' }, hooks());
    expect(readerDialog(doc)?.getAttribute('data-theme')).toBe('light');
  });
});

describe('reader: Esc closes one layer at a time', () => {
  const esc = (doc: Document): void =>
    dispatchTrusted(
      doc,
      new (doc.defaultView as unknown as typeof globalThis).KeyboardEvent('keydown', {
        key: 'Escape',
        bubbles: true,
      }),
    );

  it('an open menu first, then the Listen panel, then the reader', () => {
    const { doc } = page({ speech: true });
    const h = hooks();
    openReader(doc, ARTICLE, DEFAULT_READER_PREFS, h);
    const shadow = shadowOf(doc);
    click(shadow, 'button.listen');
    click(shadow, 'button.save-button');
    const list = shadow.querySelector<HTMLElement>('.save .menu-list');
    expect(list?.hidden).toBe(false);

    esc(doc);
    expect(list?.hidden).toBe(true);
    expect(shadow.querySelector('button.save-button')?.getAttribute('aria-expanded')).toBe('false');
    expect(shadow.activeElement).toBe(shadow.querySelector('button.save-button'));
    expect(shadow.querySelector<HTMLElement>('.listen-panel')?.hidden).toBe(false);
    expect(h.onClose).not.toHaveBeenCalled();

    esc(doc);
    expect(shadow.querySelector('button.listen')?.getAttribute('aria-pressed')).toBe('false');
    expect(h.onClose).not.toHaveBeenCalled();

    esc(doc);
    expect(h.onClose).toHaveBeenCalledOnce();
  });
});

describe('reader: listen (stub speech engine)', () => {
  it('reads paragraph by paragraph, highlights the one spoken, and stops when the reader closes', () => {
    const { doc, engine, spoken, utterances } = page({ speech: true });
    const reader = openReader(doc, ARTICLE, DEFAULT_READER_PREFS, hooks());
    const shadow = shadowOf(doc);
    click(shadow, 'button.listen');
    expect(shadow.querySelector('button.listen')?.getAttribute('aria-pressed')).toBe('true');
    expect(spoken).toEqual(['The quiet return of the night train']);
    expect(shadow.querySelector('.speaking')?.textContent).toBe('The quiet return of the night train');

    utterances[0]?.onend?.(new Event('end') as SpeechSynthesisEvent);
    expect(spoken.at(-1)).toBe('Why now');
    utterances[1]?.onend?.(new Event('end') as SpeechSynthesisEvent);
    expect(spoken.at(-1)).toBe('Sleeper services are back.');
    expect(shadow.querySelectorAll('.speaking')).toHaveLength(1);

    click(shadow, 'button.listen-next');
    expect(spoken.at(-1)).toBe('One');
    // An interrupted utterance's late `end` (Chrome fires one after cancel) does not advance.
    utterances[2]?.onend?.(new Event('end') as SpeechSynthesisEvent);
    expect(spoken.at(-1)).toBe('One');

    click(shadow, 'button.listen-play');
    expect(engine.pause).toHaveBeenCalled();
    click(shadow, 'button.listen-play');
    expect(engine.resume).toHaveBeenCalled();

    const cancels = engine.cancel.mock.calls.length;
    reader.close();
    expect(engine.cancel.mock.calls.length).toBeGreaterThan(cancels);
  });

  it('says why when the engine has no voice', () => {
    const { doc, utterances } = page({ speech: true });
    openReader(doc, ARTICLE, DEFAULT_READER_PREFS, hooks());
    const shadow = shadowOf(doc);
    click(shadow, 'button.listen');
    utterances[0]?.onerror?.({ error: 'synthesis-unavailable' } as SpeechSynthesisErrorEvent);
    expect(shadow.querySelector('.listen-message')?.textContent).toMatch(/No speech voice/);
    expect(shadow.querySelector('.speaking')).toBeNull();
  });

  it('reads the innermost text blocks, not code', () => {
    const { doc } = page();
    const box = doc.createElement('div');
    box.innerHTML = ARTICLE.html;
    expect(spokenBlocks(box).map((b) => b.textContent)).toEqual([
      'Why now',
      'Sleeper services are back.',
      'One',
      'Two',
    ]);
  });

  it('skips within bounds and changes rate from the next utterance', () => {
    const { doc } = page();
    const box = doc.createElement('div');
    box.innerHTML = '<p>a</p><p>b</p>';
    const said: SpeechSynthesisUtterance[] = [];
    const engine: SpeechEngine = {
      speak: (u) => said.push(u),
      cancel() {},
      pause() {},
      resume() {},
      getVoices: () => [],
    };
    const narrator = createNarrator({
      blocks: spokenBlocks(box),
      engine,
      makeUtterance: (text) => ({ text }) as SpeechSynthesisUtterance,
      onChange() {},
    });
    narrator.skip(-5);
    expect(narrator.index).toBe(0);
    narrator.setRate(1.5);
    expect(said.at(-1)?.rate).toBe(1.5);
    narrator.skip(9);
    expect(narrator.index).toBe(1);
    said.at(-1)?.onend?.({} as SpeechSynthesisEvent);
    expect(narrator.state).toBe('stopped');
  });
});
