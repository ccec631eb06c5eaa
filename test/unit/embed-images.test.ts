/** Saved web pages embed the images the page may fetch, keep links for the rest, and never wait long. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { embedImages, savedMessage, type FetchImage } from '../../extension/content/embed-images';

const { window } = new JSDOM('');
const realm = window as unknown as { DOMParser: typeof DOMParser; FileReader: typeof FileReader };
const png = (bytes = 8): Blob => new window.Blob([new Uint8Array(bytes).fill(7)], { type: 'image/png' });

const LIMITS = {
  perImageMs: 200,
  totalMs: 1_000,
  maxImageBytes: 1_000,
  maxTotalBytes: 10_000,
  concurrency: 2,
};

/** Same-origin images load; a CDN without CORS fails; one server never answers; one sends a page. */
const fetchLikeAPage: FetchImage = (url, signal) =>
  new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(new Error('aborted')));
    if (url.startsWith('https://news.example/')) resolve(url.includes('huge') ? png(5_000) : png());
    else if (url.startsWith('https://cdn.example/')) reject(new TypeError('Failed to fetch (CORS)'));
    else if (url.startsWith('https://html.example/'))
      resolve(new window.Blob(['<script>alert(1)</script>'], { type: 'text/html' }));
    // https://slow.example/: never answers
  });

describe('embedImages', () => {
  it('embeds fetchable images as data: URLs and keeps the web address of the others', async () => {
    const html = [
      '<p>Text</p>',
      '<picture><source srcset="https://news.example/a.webp"><img src="https://news.example/a.png" srcset="https://news.example/a-2x.png 2x" alt="A"></picture>',
      '<img src="https://news.example/a.png" alt="A again">',
      '<img src="https://cdn.example/b.jpg" alt="B">',
      '<img src="https://slow.example/c.jpg" alt="C">',
      '<img src="https://html.example/d.jpg" alt="D">',
      '<img src="https://news.example/huge.png" alt="E">',
    ].join('');
    const started = Date.now();
    const out = await embedImages(html, realm, fetchLikeAPage, LIMITS);
    expect(Date.now() - started).toBeLessThan(LIMITS.totalMs + 500);
    expect(out).toMatchObject({ embedded: 2, linked: 4 });
    const doc = new window.DOMParser().parseFromString(out.html, 'text/html');
    const src = (alt: string) => doc.querySelector(`img[alt="${alt}"]`)?.getAttribute('src');
    expect(src('A')).toMatch(/^data:image\/png;base64,/);
    expect(src('A again')).toBe(src('A'));
    expect(doc.querySelector('img[alt="A"]')?.hasAttribute('srcset')).toBe(false);
    expect(doc.querySelector('source')).toBeNull();
    expect(src('B')).toBe('https://cdn.example/b.jpg');
    expect(src('C')).toBe('https://slow.example/c.jpg');
    expect(src('D')).toBe('https://html.example/d.jpg');
    expect(src('E')).toBe('https://news.example/huge.png');
    expect(out.html).not.toContain('<script');
  });

  it('stops at the deadline when every image hangs', async () => {
    const hang: FetchImage = (_url, signal) =>
      new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    const html = Array.from({ length: 6 }, (_, i) => `<img src="https://slow.example/${i}.jpg">`).join('');
    const started = Date.now();
    const out = await embedImages(html, realm, hang, { ...LIMITS, perImageMs: 10_000, totalMs: 300 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(out).toMatchObject({ embedded: 0, linked: 6 });
  });

  it('leaves a body without web images as it was', async () => {
    const out = await embedImages('<p>No images</p>', realm, fetchLikeAPage, LIMITS);
    expect(out).toEqual({ html: '<p>No images</p>', embedded: 0, linked: 0 });
  });
});

describe('savedMessage', () => {
  it('says how many images still link to the web', () => {
    expect(savedMessage('A.html', 0)).toBe('Saved A.html.');
    expect(savedMessage('A.html', 1)).toBe(
      'Saved A.html. 1 image could not be embedded and links to the web.',
    );
    expect(savedMessage('A.html', 3)).toBe(
      'Saved A.html. 3 images could not be embedded and link to the web.',
    );
  });
});
