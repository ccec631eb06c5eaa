/**
 * Screenshots of the reader overlay in real Chromium, over a deliberately hostile, cluttered page.
 * Run: npx tsx test/visual/reader-screens.ts   → test-results/reader-{light,sepia,dark,narrow}.png
 * Also checks, in the real browser, that closing restores the page's HTML, scroll position and focus.
 */
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import type { openReader, ReaderArticle, ReaderPrefs } from '../../extension/reader/index';
import { CHROMIUM_FLAGS } from '../support/chromium-flags';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'test-results');

async function bundleReader(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { openReader, DEFAULT_READER_PREFS } from './extension/reader/index';
        (window as unknown as Record<string, unknown>).pithReader = { openReader, DEFAULT_READER_PREFS };
        // The reader's shadow root is closed; this script looks inside by recording it as it is made.
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = attach.call(this, init);
          (window as unknown as Record<string, unknown>).readerShadow = root;
          return root;
        };`,
      loader: 'ts',
      resolveDir: root,
      sourcefile: 'reader-screens-entry.ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome110',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}

const FIGURE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1d2b53"/><stop offset="1" stop-color="#7e5a9b"/></linearGradient></defs>
<rect width="1200" height="675" fill="url(#s)"/><circle cx="930" cy="150" r="60" fill="#fde9b3"/>
<path d="M0 470 L220 330 L400 440 L620 280 L860 430 L1200 300 L1200 675 L0 675Z" fill="#2c2140"/>
<rect x="0" y="540" width="1200" height="18" fill="#141018"/>
<g fill="#3a2f52">${Array.from({ length: 9 }, (_, i) => `<rect x="${60 + i * 125}" y="500" width="110" height="42" rx="6"/>`).join('')}</g>
<g fill="#ffd27a">${Array.from({ length: 9 }, (_, i) => `<rect x="${72 + i * 125}" y="510" width="22" height="12"/><rect x="${104 + i * 125}" y="510" width="22" height="12"/><rect x="${136 + i * 125}" y="510" width="22" height="12"/>`).join('')}</g>
</svg>`;

// A cluttered page with CSS that would wreck the reader if it leaked in.
const PAGE_HTML = `<!DOCTYPE html><html lang="en" style="scroll-behavior: smooth"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Night trains | The Daily Example</title>
<style>
  * { font-family: "Comic Sans MS", fantasy !important; color: #c00 !important; letter-spacing: 2px; }
  body { background: repeating-linear-gradient(45deg, #ffe, #ffe 10px, #fdd 10px, #fdd 20px); margin: 0; }
  div, p, h1, h2, button, a { border: 2px dashed lime !important; padding: 12px !important; }
  button { background: hotpink !important; font-size: 30px !important; }
  .ad { height: 250px; background: #0af; margin: 20px; } .nav { position: sticky; top: 0; background: #222; }
  html > div, pith-reader { opacity: 0.2; display: none; }
</style></head><body>
<div class="nav"><a href="/">Home</a> <a href="/world">World</a> <button id="subscribe">Subscribe!</button></div>
<div class="ad">ADVERTISEMENT</div>
<h1>The quiet return of the night train</h1><p>By Ada Example · 5 March 2024</p>
${Array.from({ length: 30 }, (_, i) => `<p>Cluttered paragraph ${i + 1}. Share on Facebook! Sign up for our newsletter!</p><div class="ad">AD ${i}</div>`).join('\n')}
<div id="comments"><h2>312 comments</h2><p>First!</p></div>
</body></html>`;

const ARTICLE: ReaderArticle = {
  title: 'The quiet return of the night train',
  byline: 'Ada Example',
  siteName: 'The Daily Example',
  publishedTime: '2024-03-05T08:00:00Z',
  lang: 'en',
  url: 'https://www.dailyexample.com/travel/2024/03/night-trains',
  html: `
<p>For most of the last two decades, the sleeper train looked like a relic. Budget airlines had made a weekend in Lisbon cheaper than a taxi across town, and one by one the overnight services that once stitched Europe together were <a href="https://example.org/timeline">quietly cut from the timetable</a>.</p>
<p>Now they are coming back. New routes link Vienna with Paris, Brussels with Prague, and Stockholm with Hamburg, and most of them sell out weeks ahead in summer.</p>
<h2>Why now?</h2>
<p>Three things changed at once: travellers began to count the carbon cost of short flights, rail operators found that second-hand rolling stock was cheap, and a handful of governments decided to pay for the tracks.</p>
<figure><img src="/figure.svg" width="1200" height="675" alt="A sleeper train crossing a valley at dusk"><figcaption>A Nightjet service crossing the Semmering pass at dusk. The route reopened in 2020 after a nine-year gap. Photo: Example Rail Archive.</figcaption></figure>
<blockquote><p>“People don’t just want to get somewhere. They want the journey to be the part of the holiday they remember.”</p></blockquote>
<p>Operators say demand is strongest on routes of 800 to 1,200 kilometres, long enough that a night on board replaces a hotel, short enough to arrive before a morning meeting.</p>
<h3>What a modern sleeper offers</h3>
<ul><li>Private compartments with one to three beds, and a washbasin;</li><li>“Mini cabins”: capsule-style pods for solo travellers;</li><li>Breakfast served to the compartment, and showers on some routes.</li></ul>
<h3>Checking a connection yourself</h3>
<p>Timetable data is open on most networks. A few lines are enough to find tonight’s departures:</p>
<pre><code>const res = await fetch('https://api.example-rail.eu/departures?from=WIEN&amp;night=true');
const { trains } = await res.json();
for (const t of trains.filter((t) =&gt; t.type === 'sleeper')) {
  console.log(\`\${t.departs}  \${t.number.padEnd(8)}  → \${t.destination}  (\${t.durationMinutes} min)\`);
}</code></pre>
<p>The same data shows how much the network has grown. Use <code>night=true</code> to skip daytime services.</p>
<table><caption>Selected night routes, winter timetable 2024</caption>
<thead><tr><th>Route</th><th>Operator</th><th>Distance</th><th>Journey</th></tr></thead>
<tbody><tr><td>Vienna – Paris</td><td>ÖBB Nightjet</td><td>1,420 km</td><td>14 h 25 min</td></tr>
<tr><td>Brussels – Prague</td><td>European Sleeper</td><td>1,050 km</td><td>13 h 10 min</td></tr>
<tr><td>Stockholm – Hamburg</td><td>SJ EuroNight</td><td>1,030 km</td><td>12 h 40 min</td></tr></tbody></table>
<h2>The catch</h2>
<p>Tickets are not cheap, and the trains are often late. But for a growing number of travellers, arriving rested in the centre of a city is worth the premium.</p>
<ol><li>Book early: compartments sell first.</li><li>Check whether breakfast is included.</li><li>Bring earplugs.</li></ol>`,
};

type Theme = ReaderPrefs['theme'];

async function openReaderIn(page: Page): Promise<void> {
  await page.evaluate((article) => {
    const w = window as unknown as {
      pithReader: {
        openReader: typeof openReader;
        DEFAULT_READER_PREFS: ReaderPrefs;
      };
      pithLog: { prefs: ReaderPrefs[]; closed: number };
      pithHandle: { close(): void; isOpen(): boolean };
    };
    w.pithLog = { prefs: [], closed: 0 };
    w.pithHandle = w.pithReader.openReader(document, article, w.pithReader.DEFAULT_READER_PREFS, {
      onPrefsChange: (p) => w.pithLog.prefs.push(p),
      onClose: () => (w.pithLog.closed += 1),
    });
  }, ARTICLE);
  await settle(page);
}

/** Waits until every image in view has loaded (lazy ones out of view never will), so shots are stable. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const images = Array.from(
      (window as unknown as { readerShadow?: ShadowRoot }).readerShadow?.querySelectorAll('img') ?? [],
    );
    return images.every((img) => {
      const box = img.getBoundingClientRect();
      return img.complete || box.top > innerHeight || box.bottom < 0;
    });
  });
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const bundle = await bundleReader();

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/reader.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else if (path === '/figure.svg') res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(FIGURE_SVG);
    else if (path === '/')
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(PAGE_HTML.replace('</body>', '<script src="/reader.js"></script></body>'));
    else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
  const problems: string[] = [];
  const newPage = async (width: number, height: number, deviceScaleFactor = 1): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor });
    // tsx compiles the evaluate() callbacks with esbuild's keepNames, which calls a `__name` helper
    // that does not exist in the page.
    await context.addInitScript('window.__name = (fn) => fn;');
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    return page;
  };
  try {
    const page = await newPage(1280, 1000);
    await page.goto(base);

    // Real-browser checks: the page comes back exactly, with its scroll position and focus.
    await page.evaluate(() => window.scrollTo({ top: 900, behavior: 'instant' }));
    await page.focus('#subscribe');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await openReaderIn(page);
    const inside = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
    if (inside !== 'div') problems.push(`focus did not move into the reader (${inside})`);

    for (const theme of ['light', 'sepia', 'dark'] as Theme[]) {
      await page.click(`button[data-theme="${theme}"]`);
      await page.mouse.move(0, 999); // no hover tint in the shot
      await page.screenshot({ path: join(outDir, `reader-${theme}.png`) });
    }
    // A scrolled view of the lower half (figure, quote, code, table) in light and dark, for review.
    await page.click('button[data-theme="light"]');
    await page.evaluate(() =>
      (window as unknown as { readerShadow?: ShadowRoot }).readerShadow
        ?.querySelector('figure')
        ?.scrollIntoView(),
    );
    await settle(page);
    await page.screenshot({ path: join(outDir, 'reader-light-lower.png') });
    await page.click('button[data-theme="dark"]');
    await page.screenshot({ path: join(outDir, 'reader-dark-lower.png') });
    await page.click('button[data-theme="light"]');

    await page.keyboard.press('Escape');
    const after = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      scrollY: window.scrollY,
      focus: document.activeElement?.id,
      closed: (window as unknown as { pithLog: { closed: number } }).pithLog.closed,
    }));
    if (after.html !== before) problems.push('outerHTML differs after close');
    if (after.scrollY !== 900) problems.push(`scroll not restored: ${after.scrollY}`);
    if (after.focus !== 'subscribe') problems.push(`focus not restored: ${after.focus}`);
    if (after.closed !== 1) problems.push(`onClose called ${after.closed} times`);
    console.log(
      `chromium: html restored=${after.html === before} scrollY=${after.scrollY} focus=#${after.focus} onClose=${after.closed}`,
    );

    const narrow = await newPage(420, 860, 2);
    await narrow.goto(base);
    await openReaderIn(narrow);
    await narrow.screenshot({ path: join(outDir, 'reader-narrow.png') });
    await narrow.click('.size-up');
    await narrow.click('.font-toggle');
    await narrow.click('button[data-theme="sepia"]');
    await narrow.evaluate(() =>
      (window as unknown as { readerShadow?: ShadowRoot }).readerShadow
        ?.querySelector('pre')
        ?.scrollIntoView(),
    );
    await settle(narrow);
    await narrow.mouse.move(0, 859);
    await narrow.screenshot({ path: join(outDir, 'reader-narrow-lower.png') });

    // Close-up of the toolbar at 2x with keyboard focus on a button, to check alignment and the focus ring.
    const zoom = await newPage(1280, 400, 2);
    await zoom.goto(base);
    await openReaderIn(zoom);
    await zoom.keyboard.press('Tab');
    await zoom.keyboard.press('Tab');
    await zoom.screenshot({
      path: join(outDir, 'reader-toolbar.png'),
      clip: { x: 0, y: 0, width: 640, height: 56 },
    });
    await zoom.click('button[data-theme="dark"]');
    await zoom.keyboard.press('ArrowRight');
    await zoom.screenshot({
      path: join(outDir, 'reader-toolbar-dark.png'),
      clip: { x: 0, y: 0, width: 1280, height: 56 },
    });

    const prefs = await narrow.evaluate(
      () => (window as unknown as { pithLog: { prefs: ReaderPrefs[] } }).pithLog.prefs,
    );
    console.log('narrow: prefs callbacks', JSON.stringify(prefs));
  } finally {
    await browser.close();
    server.close();
  }
  for (const name of [
    'light',
    'sepia',
    'dark',
    'narrow',
    'light-lower',
    'dark-lower',
    'narrow-lower',
    'toolbar',
    'toolbar-dark',
  ]) {
    console.log(join(outDir, `reader-${name}.png`));
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
