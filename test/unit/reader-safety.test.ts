/**
 * The reader against a hostile page: the one sanitizer (URLs as data, no handlers however spelled, fresh nodes),
 * the hostile corpus through engine + sanitizer, and a reader the page cannot drive, read or break.
 * The same corpus runs in real Chromium and Firefox in the e2e suite (scenarios/hostile.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_READER_PREFS, openReader } from '../../extension/reader/index';
import type { ReaderArticle, ReaderPrefs } from '../../extension/reader/index';
import {
  checkedSrcset,
  sanitizeArticleHtml,
  sanitizedArticle,
  sanitizedInertDocument,
  srcsetCandidates,
} from '../../extension/reader/sanitize';
import type { Realm } from '../../extension/reader/sanitize';
import { cleanHtml } from '../../src/node';
import { hostilePages, PAGES_DIR } from '../fixtures/hostile/corpus';
import { dispatchTrusted, readerDialog, readerHost, readerShadow, recordShadowRoots } from './reader-jsdom';

const BASE = 'https://news.example.com/2024/story.html';
const dom = new JSDOM('<!doctype html><body></body>', { url: BASE, pretendToBeVisual: true });
recordShadowRoots(dom.window);
const realm = dom.window as unknown as Realm;
afterAll(() => dom.window.close());

function clean(html: string): Document {
  return new realm.DOMParser().parseFromString(
    `<body>${sanitizeArticleHtml(realm, html, { baseUrl: BASE })}`,
    'text/html',
  );
}

/** Everything in `root` that could run code or load a scriptable URL. */
function problems(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (
      /^(script|iframe|frame|object|embed|form|input|button|style|link|meta|base|noscript|template)$/i.test(
        el.localName,
      )
    )
      found.push(`<${el.localName}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on/i.test(name)) found.push(`${el.localName}[${name}]`);
      if (name === 'style' || name === 'srcdoc' || name === 'formaction' || name === 'action')
        found.push(`${el.localName}[${name}]`);
      if (['href', 'xlink:href', 'src', 'poster', 'cite', 'background', 'data'].includes(name)) {
        const allowed = ['src', 'poster'].includes(name) ? /^https?:/ : /^(https?:|mailto:|#)/;
        if (!allowed.test(value)) found.push(`${el.localName}[${name}=${value.slice(0, 30)}]`);
      }
      if (name === 'srcset' && srcsetCandidates(value).some((c) => !/^https?:/.test(c.url)))
        found.push(`${el.localName}[srcset=${value.slice(0, 30)}]`);
    }
  }
  return found;
}

describe('sanitizer: URLs are data', () => {
  it('turns lazy-image attributes into http(s) src/srcset, resolved against the page', () => {
    const doc = clean(
      '<img data-src="/img/a.jpg" alt="a"><img src="data:image/gif;base64,R0lGOD" data-lazy-src="b.jpg" alt="b">' +
        '<picture><source data-srcset="c-1x.jpg 1x, https://cdn.example.com/c,w_2.jpg 2x"><img data-src="c.jpg"></picture>',
    );
    const [a, b, c] = Array.from(doc.querySelectorAll('img'));
    expect(a?.getAttribute('src')).toBe('https://news.example.com/img/a.jpg');
    expect(b?.getAttribute('src')).toBe('https://news.example.com/2024/b.jpg');
    expect(c?.getAttribute('src')).toBe('https://news.example.com/2024/c.jpg');
    expect(doc.querySelector('source')?.getAttribute('srcset')).toBe(
      'https://news.example.com/2024/c-1x.jpg 1x, https://cdn.example.com/c,w_2.jpg 2x',
    );
    // The lazy attributes themselves never reach the reader.
    expect(doc.querySelector('[data-src], [data-srcset], [data-lazy-src]')).toBeNull();
  });

  it('drops lazy attributes and srcset candidates that are not http(s), and markup inside them stays a value', () => {
    const doc = clean(
      '<img data-src="javascript:alert(1)" alt="a"><img data-src="data:text/html,<script>x</script>" alt="b">' +
        `<img data-src='x.jpg" onerror="alert(1)' alt="c">` +
        '<img srcset="javascript:alert(1) 1x, https://ok.example/i.jpg 2x" alt="d">',
    );
    const [a, b, c, d] = Array.from(doc.querySelectorAll('img'));
    expect(a?.hasAttribute('src')).toBe(false);
    expect(b?.hasAttribute('src')).toBe(false);
    expect(c?.getAttribute('src')).toBe('https://news.example.com/2024/x.jpg%22%20onerror=%22alert(1)');
    expect(c?.getAttributeNames().filter((n) => n.startsWith('on'))).toEqual([]);
    expect(d?.getAttribute('srcset')).toBe('https://ok.example/i.jpg 2x');
    expect(problems(doc)).toEqual([]);
  });

  it('keeps http(s), mailto and in-page links; drops javascript:, data:, vbscript: in any case or spacing', () => {
    const doc = clean(
      '<a href="JAVASCRIPT:alert(1)">1</a><a href=" javascript:alert(1)">2</a><a href="java\tscript:alert(1)">3</a>' +
        '<a href="&#106;avascript&colon;alert(1)">4</a><a href="data:text/html,x">5</a><a href="vbscript:x">6</a>' +
        '<a href="/next">7</a><a href="mailto:desk@example.com">8</a><a href="#fn1">9</a>',
    );
    const hrefs = Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      'https://news.example.com/next',
      'mailto:desk@example.com',
      '#fn1',
    ]);
  });

  it('drops media that is not http(s): data: images, javascript: posters and sources', () => {
    const doc = clean(
      '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x"><video poster="javascript:x" src="https://v.example/v.mp4"></video>',
    );
    expect(doc.querySelector('img')?.hasAttribute('src')).toBe(false);
    expect(doc.querySelector('video')?.hasAttribute('poster')).toBe(false);
    expect(doc.querySelector('video')?.getAttribute('src')).toBe('https://v.example/v.mp4');
  });

  it('parses srcset like the HTML spec: commas inside URLs, descriptors, trailing commas', () => {
    expect(srcsetCandidates('a.jpg, b,c.jpg 2x,d.jpg 3x')).toEqual([
      { url: 'a.jpg', descriptor: '' },
      { url: 'b,c.jpg', descriptor: '2x' },
      { url: 'd.jpg', descriptor: '3x' },
    ]);
    expect(checkedSrcset('javascript:x 1x', BASE)).toBe('');
  });
});

describe('sanitizer: handlers and fresh nodes', () => {
  it('removes handlers however the page spells them', () => {
    const doc = clean(
      '<img src="https://i.example/a.png" ONERROR="x()"><img/src="https://i.example/a.png"/onerror="x()">' +
        '<img src="https://i.example/a.png"\tonload\n=\n"x()"><details open ontoggle="x()"><summary>s</summary></details>' +
        '<svg onload="x()"><image href="https://i.example/a.png" onerror="x()"/><animate onbegin="x()"/></svg>' +
        '<table><caption onmouseover="x()">c</caption></table>',
    );
    expect(problems(doc)).toEqual([]);
    expect(doc.querySelector('animate')).toBeNull();
    expect(doc.querySelectorAll('img')).toHaveLength(3);
  });

  it('hands the reader new nodes of its own document, never the parsed ones', () => {
    const target = dom.window.document.implementation.createHTMLDocument('reader');
    const fragment = sanitizedArticle(
      target,
      realm,
      '<p>Hi <img src="https://i.example/a.png" onerror="x()"></p>',
      {
        baseUrl: BASE,
      },
    );
    const img = fragment.querySelector('img');
    expect(img?.ownerDocument).toBe(target);
    expect(img?.getAttributeNames().sort()).toEqual(['decoding', 'loading', 'src']);
  });

  it('the popup gets an inert document from the same module, without scripts or handlers', () => {
    const doc = sanitizedInertDocument(
      '<main><p onclick="x()">a</p><script>x()</script><form><button>b</button></form></main>',
      realm,
    );
    expect(doc.defaultView).toBeNull();
    expect(doc.querySelector('script, [onclick]')).toBeNull();
    // Structure-neutral: forms and buttons stay, so the popup's sibling paths still match the page.
    expect(doc.querySelector('form > button')).not.toBeNull();
  });
});

describe('hostile corpus: engine + sanitizer leave nothing that could run', () => {
  const pages = hostilePages();

  it('has at least 70 pages, and the files on disk are the generated ones', () => {
    expect(pages.length).toBeGreaterThanOrEqual(70);
    for (const page of pages) {
      expect(readFileSync(join(PAGES_DIR, page.file), 'utf8'), `${page.file}: run generate.ts`).toBe(
        page.html,
      );
    }
  });

  it('every page: the reader markup has no handler, banned element or scriptable URL', () => {
    const found: string[] = [];
    for (const page of pages) {
      const html = page.html.replaceAll('{{ORIGIN}}', 'http://127.0.0.1:9');
      let result;
      try {
        result = cleanHtml(html, { url: `http://127.0.0.1:9/hostile/${page.file}`, dom: 'linkedom' });
      } catch {
        continue; // The engine refusing a page is not an execution (the e2e test reports refusals).
      }
      const target = dom.window.document.implementation.createHTMLDocument('reader');
      const fragment = sanitizedArticle(target, realm, result.html, { baseUrl: result.url });
      found.push(...problems(fragment).map((p) => `${page.slug}: ${p}`));
    }
    expect(found).toEqual([]);
    // About 0.1 s a page on an idle machine; generous for a loaded CI box.
  }, 120_000);
});

describe('reader: the page cannot drive, read or break it', () => {
  const ARTICLE: ReaderArticle = {
    title: 'Breakwater',
    byline: null,
    siteName: 'Harbour News',
    publishedTime: null,
    lang: 'en',
    url: BASE,
    html: '<p>The harbour wall is finished.</p>',
  };

  function open(html = '<!doctype html><body><p>page</p></body>') {
    const page = new JSDOM(html, { url: BASE, pretendToBeVisual: true });
    recordShadowRoots(page.window);
    const hooks = { onPrefsChange: vi.fn<(p: ReaderPrefs) => void>(), onClose: vi.fn<() => void>() };
    const handle = openReader(page.window.document, ARTICLE, DEFAULT_READER_PREFS, hooks);
    return { page, doc: page.window.document, win: page.window, hooks, handle };
  }

  it('the shadow root is closed and the host is a plain div that shows no prefs', () => {
    const { doc, page } = open();
    const host = readerHost(doc);
    expect(host?.localName).toBe('div');
    expect((host as Element).shadowRoot).toBeNull();
    expect(host?.getAttributeNames().every((n) => /^data-pith-[0-9a-f]{12}$/.test(n))).toBe(true);
    expect(readerDialog(doc)?.getAttribute('data-theme')).toBe('light');
    page.window.close();
  });

  it('ignores synthetic clicks on its buttons and a synthetic Escape; a trusted Escape still closes', () => {
    const { doc, win, hooks, handle, page } = open();
    const dark = readerShadow(doc).querySelector<HTMLElement>('button[data-theme="dark"]');
    dark?.click();
    dark?.dispatchEvent(new win.MouseEvent('click', { bubbles: true, composed: true }));
    readerShadow(doc).querySelector<HTMLElement>('button.close')?.click();
    for (const target of [win, doc, readerHost(doc)]) {
      target?.dispatchEvent(
        new win.KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      );
    }
    expect(hooks.onPrefsChange).not.toHaveBeenCalled();
    expect(readerDialog(doc)?.getAttribute('data-theme')).toBe('light');
    expect(handle.isOpen()).toBe(true);

    dispatchTrusted(win.document, new win.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(handle.isOpen()).toBe(false);
    page.window.close();
  });

  it('opens on a page whose named elements clobber document members', () => {
    // jsdom has no named properties, so they are made as a browser makes them on a document: own properties
    // that win over the built-ins. (The window's, which sit between Window and EventTarget, cannot be made in
    // jsdom without breaking jsdom itself; the e2e corpus has them in real browsers.)
    const page = new JSDOM('<!doctype html><body><img name="x"><p>page</p></body>', {
      url: BASE,
      pretendToBeVisual: true,
    });
    recordShadowRoots(page.window);
    const doc = page.window.document;
    const img = doc.querySelector('img');
    const NAMES = ['createElement', 'documentElement', 'defaultView', 'activeElement', 'body', 'head'];
    for (const name of NAMES) {
      Object.defineProperty(doc, name, { value: img, configurable: true });
    }
    const hooks = { onPrefsChange: vi.fn<(p: ReaderPrefs) => void>(), onClose: vi.fn<() => void>() };
    const handle = openReader(doc, ARTICLE, DEFAULT_READER_PREFS, hooks);
    expect(handle.isOpen()).toBe(true);
    // Unclobbered again, for the test's own look inside.
    for (const name of NAMES) delete (doc as unknown as Record<string, unknown>)[name];
    expect(readerShadow(doc).textContent).toContain('The harbour wall is finished.');
    handle.close();
    expect(readerHost(doc)).toBeNull();
    page.window.close();
  });
});
