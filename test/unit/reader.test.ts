import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_READER_PREFS, openReader } from '../../extension/reader/index';
import type { ReaderArticle, ReaderPrefs } from '../../extension/reader/index';
import {
  dispatchTrusted,
  readerDialog,
  readerHost,
  readerHosts,
  readerShadow,
  recordShadowRoots,
  trustedClick,
} from './reader-jsdom';

const ARTICLE: ReaderArticle = {
  title: 'The quiet return of the night train',
  byline: 'Ada Example',
  siteName: 'The Daily Example',
  publishedTime: '2024-03-05T12:00:00Z',
  lang: 'en',
  url: 'https://news.example.com/night-trains',
  html: '<h2>Why now</h2><p>Sleeper services are <a href="https://example.org/rail">back</a>.</p>',
};

const doms: JSDOM[] = [];

function page(html: string): { doc: Document; win: JSDOM['window'] } {
  const dom = new JSDOM(html, { url: 'https://news.example.com/night-trains', pretendToBeVisual: true });
  doms.push(dom);
  recordShadowRoots(dom.window);
  return { doc: dom.window.document, win: dom.window };
}

function hooks() {
  return { onPrefsChange: vi.fn<(p: ReaderPrefs) => void>(), onClose: vi.fn<() => void>() };
}

const hostOf = readerHost;
const shadowOf = readerShadow;
const dialogOf = readerDialog;
const click = trustedClick;

afterEach(() => {
  for (const dom of doms.splice(0)) dom.window.close();
});

describe('reader: the page is restored exactly', () => {
  const pages = {
    'html without a style attribute':
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p>Page <b>text</b></p><button id="b">x</button></body></html>',
    'html with a style attribute':
      '<!DOCTYPE html><html lang="en" style="overflow:  scroll ;color:red" data-x="1"><head></head><body><main>m</main></body></html>',
    'html with an empty style attribute': '<html style=""><body>x</body></html>',
  };

  for (const [name, html] of Object.entries(pages)) {
    it(`${name}: outerHTML is byte-identical after close`, () => {
      const { doc } = page(html);
      const before = doc.documentElement.outerHTML;
      const h = hooks();
      const handle = openReader(doc, ARTICLE, DEFAULT_READER_PREFS, h);

      expect(doc.documentElement.style.getPropertyValue('overflow')).toBe('hidden');
      expect(doc.documentElement.outerHTML).not.toBe(before);
      expect(doc.documentElement.lastElementChild).toBe(hostOf(doc));
      expect(hostOf(doc)?.localName).toBe('div');

      handle.close();
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(handle.isOpen()).toBe(false);
      expect(h.onClose).toHaveBeenCalledTimes(1);
    });
  }

  it('moves focus into the reader and back to the element focused before', () => {
    const { doc } = page('<html><body><button id="b">x</button></body></html>');
    const button = doc.getElementById('b') as HTMLButtonElement;
    button.focus();
    expect(doc.activeElement).toBe(button);

    const handle = openReader(doc, ARTICLE, DEFAULT_READER_PREFS, hooks());
    expect(doc.activeElement).toBe(hostOf(doc));
    expect(shadowOf(doc).activeElement?.getAttribute('role')).toBe('dialog');

    handle.close();
    expect(doc.activeElement).toBe(button);
  });

  it('keeps a single instance when opened twice, and still restores the page', () => {
    const { doc } = page('<html style="color: blue"><body>x</body></html>');
    const before = doc.documentElement.outerHTML;
    const first = hooks();
    const a = openReader(doc, ARTICLE, DEFAULT_READER_PREFS, first);
    const b = openReader(doc, { ...ARTICLE, title: 'Second' }, DEFAULT_READER_PREFS, hooks());

    expect(readerHosts(doc)).toHaveLength(1);
    expect(a.isOpen()).toBe(false);
    expect(first.onClose).toHaveBeenCalledTimes(1);
    expect(b.isOpen()).toBe(true);
    expect(shadowOf(doc).querySelector('h1')?.textContent).toBe('Second');

    b.close();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('close is idempotent and onClose fires once', () => {
    const { doc } = page('<html><body>x</body></html>');
    const h = hooks();
    const handle = openReader(doc, ARTICLE, DEFAULT_READER_PREFS, h);
    handle.close();
    handle.close();
    expect(h.onClose).toHaveBeenCalledTimes(1);
  });
});

describe('reader: rendering and sanitization', () => {
  it('renders site name, title, byline, formatted date and a link to the original', () => {
    const { doc } = page('<html><body></body></html>');
    openReader(doc, ARTICLE, DEFAULT_READER_PREFS, hooks());
    const shadow = shadowOf(doc);
    expect(shadow.querySelector('.site')?.textContent).toBe('The Daily Example');
    expect(shadow.querySelector('h1')?.textContent).toBe(ARTICLE.title);
    expect(shadow.querySelector('.byline')?.textContent).toBe('Ada Example');
    expect(shadow.querySelector('time')?.textContent).toBe('March 5, 2024');
    const original = shadow.querySelector<HTMLAnchorElement>('.meta a');
    expect(original?.href).toBe(ARTICLE.url);
    expect(original?.rel).toBe('noopener noreferrer');
  });

  it('shows a date it cannot parse as given', () => {
    const { doc } = page('<html><body></body></html>');
    openReader(doc, { ...ARTICLE, publishedTime: 'Yesterday, 5pm' }, DEFAULT_READER_PREFS, hooks());
    expect(shadowOf(doc).querySelector('time')?.textContent).toBe('Yesterday, 5pm');
  });

  it('strips scripts, handlers, javascript: URLs, frames, forms and styles, and keeps article structure', () => {
    const { doc, win } = page('<html><body></body></html>');
    const html = `
      <p id="p1" style="color:white" class="x" onclick="alert(1)">Hello <a href="javascript:alert(1)">bad</a>
        <a href="https://example.org/ok">good</a> <a href="#p1">anchor</a></p>
      <script>window.pwned = true</script>
      <img src="https://example.org/a.png" onerror="window.pwned = true" alt="A">
      <iframe src="https://evil.example/"></iframe>
      <form action="https://evil.example/"><input name="q"><button>go</button></form>
      <object data="x.swf"></object><embed src="y.swf"><style>body{display:none}</style>
      <figure><picture><source srcset="https://example.org/b.webp"><img src="https://example.org/b.png" alt="B"></picture>
        <figcaption>Caption</figcaption></figure>
      <blockquote>Quote</blockquote><ul><li>one</li></ul><ol><li>two</li></ol>
      <pre><code>const x = 1;</code></pre>
      <table><tr><th>h</th></tr><tr><td>d</td></tr></table>
      <h3>Sub</h3><h6>Tiny</h6>`;
    openReader(doc, { ...ARTICLE, html }, DEFAULT_READER_PREFS, hooks());
    const body = shadowOf(doc).querySelector('.body');
    if (!body) throw new Error('no body');
    const out = body.innerHTML;

    expect(body.querySelector('script, iframe, form, input, button, object, embed, style')).toBeNull();
    expect(out).not.toMatch(/onerror|onclick|javascript:|evil\.example|pwned/i);
    expect(body.querySelector('[style], [class]:not(.table-wrap)')).toBeNull();
    expect((win as unknown as { pwned?: boolean }).pwned).toBeUndefined();

    for (const tag of [
      'img',
      'figure',
      'figcaption',
      'picture',
      'source',
      'table',
      'pre',
      'code',
      'blockquote',
      'ul',
      'ol',
      'h3',
      'h6',
    ]) {
      expect(body.querySelector(tag), tag).not.toBeNull();
    }
    expect(body.querySelector('.table-wrap > table')).not.toBeNull();
    const good = body.querySelector<HTMLAnchorElement>('a[href="https://example.org/ok"]');
    expect(good?.target).toBe('_blank');
    expect(good?.rel).toBe('noopener noreferrer');
    expect(body.querySelector('a[href="#p1"]')?.hasAttribute('target')).toBe(false);
    expect(body.querySelector('img')?.getAttribute('loading')).toBe('lazy');
  });

  it('says so when the article has no content, and refuses a non-http original link', () => {
    const { doc } = page('<html><body></body></html>');
    openReader(
      doc,
      { ...ARTICLE, html: '<script>x()</script>', url: 'javascript:alert(1)' },
      DEFAULT_READER_PREFS,
      hooks(),
    );
    const shadow = shadowOf(doc);
    expect(shadow.querySelector('.empty')?.textContent).toMatch(/no readable text/);
    expect(shadow.querySelector('.meta a')).toBeNull();
  });

  it('gives clear errors for bad arguments', () => {
    const { doc } = page('<html><body></body></html>');
    expect(() => openReader(doc, null as unknown as ReaderArticle, DEFAULT_READER_PREFS, hooks())).toThrow(
      /article/,
    );
    expect(() => openReader(doc, ARTICLE, DEFAULT_READER_PREFS, {} as ReturnType<typeof hooks>)).toThrow(
      /hooks/,
    );
    expect(hostOf(doc)).toBeNull();
  });
});

describe('reader: prefs', () => {
  it('switching theme changes the data attribute inside the closed root and reports the prefs', () => {
    const { doc } = page('<html><body></body></html>');
    const h = hooks();
    openReader(doc, ARTICLE, DEFAULT_READER_PREFS, h);
    const host = dialogOf(doc);
    expect(host?.getAttribute('data-theme')).toBe('light');

    click(shadowOf(doc), 'button[data-theme="dark"]');
    expect(host?.getAttribute('data-theme')).toBe('dark');
    expect(h.onPrefsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_PREFS, theme: 'dark' });
    expect(shadowOf(doc).querySelector('button[data-theme="dark"]')?.getAttribute('aria-pressed')).toBe(
      'true',
    );

    click(shadowOf(doc), 'button[data-theme="sepia"]');
    expect(host?.getAttribute('data-theme')).toBe('sepia');

    click(shadowOf(doc), '.font-toggle');
    expect(host?.getAttribute('data-font')).toBe('sans');
    expect(h.onPrefsChange).toHaveBeenLastCalledWith({
      ...DEFAULT_READER_PREFS,
      theme: 'sepia',
      font: 'sans',
    });
  });

  it('clamps font size to 14–28 and line width to 45–90', () => {
    const { doc } = page('<html><body></body></html>');
    const h = hooks();
    openReader(doc, ARTICLE, { ...DEFAULT_READER_PREFS, fontSize: 27, lineWidth: 87 }, h);
    const shadow = shadowOf(doc);

    for (let i = 0; i < 4; i++) click(shadow, '.size-up');
    for (let i = 0; i < 4; i++) click(shadow, '.width-up');
    const sizes = h.onPrefsChange.mock.calls.map(([p]) => [p.fontSize, p.lineWidth]);
    expect(sizes).toEqual([
      [28, 87],
      [28, 90],
    ]);
    expect(shadow.querySelector('.size-up')?.getAttribute('aria-disabled')).toBe('true');
    const dialog = shadow.querySelector<HTMLElement>('[role="dialog"]');
    expect(dialog?.style.getPropertyValue('--font-size')).toBe('28px');
    expect(dialog?.style.getPropertyValue('--line-width')).toBe('90');

    h.onPrefsChange.mockClear();
    for (let i = 0; i < 30; i++) click(shadow, '.size-down');
    for (let i = 0; i < 30; i++) click(shadow, '.width-down');
    const last = h.onPrefsChange.mock.calls.at(-1)?.[0];
    expect(last?.fontSize).toBe(14);
    expect(last?.lineWidth).toBe(45);
    for (const [p] of h.onPrefsChange.mock.calls) {
      expect(p.fontSize).toBeGreaterThanOrEqual(14);
      expect(p.lineWidth).toBeGreaterThanOrEqual(45);
    }
  });

  it('clamps and repairs prefs given at open and through update, without echoing them', () => {
    const { doc } = page('<html><body></body></html>');
    const h = hooks();
    const bad = {
      theme: 'neon',
      font: 'comic',
      fontSize: 400,
      lineWidth: Number.NaN,
    } as unknown as ReaderPrefs;
    const handle = openReader(doc, ARTICLE, bad, h);
    const host = dialogOf(doc);
    const dialog = shadowOf(doc).querySelector<HTMLElement>('[role="dialog"]');
    expect(host?.getAttribute('data-theme')).toBe('light');
    expect(host?.getAttribute('data-font')).toBe('serif');
    expect(dialog?.style.getPropertyValue('--font-size')).toBe('28px');
    expect(dialog?.style.getPropertyValue('--line-width')).toBe(String(DEFAULT_READER_PREFS.lineWidth));

    handle.update({ theme: 'dark', font: 'sans', fontSize: 3, lineWidth: 200 });
    expect(host?.getAttribute('data-theme')).toBe('dark');
    expect(dialog?.style.getPropertyValue('--font-size')).toBe('14px');
    expect(dialog?.style.getPropertyValue('--line-width')).toBe('90');
    expect(h.onPrefsChange).not.toHaveBeenCalled();
  });
});

describe('reader: keyboard', () => {
  it('Esc closes the reader and calls onClose', () => {
    const { doc, win } = page('<html><body><p>x</p></body></html>');
    const before = doc.documentElement.outerHTML;
    const h = hooks();
    const handle = openReader(doc, ARTICLE, DEFAULT_READER_PREFS, h);
    const dialog = shadowOf(doc).querySelector('[role="dialog"]');
    dispatchTrusted(
      dialog,
      new win.KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );

    expect(handle.isOpen()).toBe(false);
    expect(h.onClose).toHaveBeenCalledTimes(1);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('the Close button closes, and keys typed in the reader do not reach page shortcuts', () => {
    const { doc, win } = page('<html><body></body></html>');
    const pageKeys = vi.fn();
    doc.addEventListener('keydown', pageKeys);
    const h = hooks();
    const handle = openReader(doc, ARTICLE, DEFAULT_READER_PREFS, h);
    const shadow = shadowOf(doc);
    dispatchTrusted(
      shadow.querySelector('[role="dialog"]'),
      new win.KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }),
    );
    expect(pageKeys).not.toHaveBeenCalled();

    click(shadow, '.close');
    expect(handle.isOpen()).toBe(false);
    expect(h.onClose).toHaveBeenCalledTimes(1);
  });

  it('Tab wraps inside the reader', () => {
    const { doc, win } = page('<html><body><button>page</button></body></html>');
    openReader(doc, ARTICLE, DEFAULT_READER_PREFS, hooks());
    const shadow = shadowOf(doc);
    const buttons = Array.from(shadow.querySelectorAll<HTMLElement>('button, a[href]'));
    const last = buttons.at(-1);
    last?.focus();
    dispatchTrusted(last, new win.KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
    expect(shadow.activeElement).toBe(buttons[0]);
  });
});
