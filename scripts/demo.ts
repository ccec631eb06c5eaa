/**
 * `npm run demo`: builds the extension, serves the demo pages on 127.0.0.1 and opens Chromium with Pith loaded on
 * an article, with the reader view open. With $DISPLAY the window stays open until Ctrl+C; without one it runs
 * headless and saves a screenshot of the reader view to test-results/demo-reader.png.
 *
 * It loads the e2e build (dist/chrome-e2e: dist/chrome plus host access to 127.0.0.1 only), because opening the
 * reader by script needs the access that clicking Pith's toolbar button would give.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { callBackground } from '../test/e2e/driver';
import { waitForReader } from '../test/e2e/scenarios/context';
import { launchChromium } from '../test/e2e/drivers/chromium';
import { startStaticServer } from '../test/e2e/support/static-server';

const ROOT = resolve(import.meta.dirname, '..');
const CANDIDATES = [
  ['/examples/wire-story.html', 'examples/wire-story.html'],
  ['/fixtures/wire--syndicated-river-talks.html', 'test/fixtures/pages/wire--syndicated-river-talks.html'],
  ['/e2e/article.html', 'test/e2e/pages/article.html'],
] as const;

async function main(): Promise<void> {
  console.log('Building the extension…');
  await build({ root: ROOT, mode: 'e2e', logLevel: 'warn' });
  const found = CANDIDATES.find(([, file]) => existsSync(resolve(ROOT, file)));
  if (!found) throw new Error('No demo page found (examples/wire-story.html or the test pages).');
  if (found !== CANDIDATES[0]) console.log(`examples/wire-story.html is missing; using ${found[1]} instead.`);

  const server = await startStaticServer();
  const headed = Boolean(process.env.DISPLAY);
  if (!headed)
    console.log('No $DISPLAY: running Chromium headless and saving a screenshot instead of a window.');
  const driver = await launchChromium({ extensionDir: resolve(ROOT, 'dist/chrome-e2e'), headless: !headed });
  const page = await driver.openPage(server.url(found[0]));
  const opened = await callBackground(driver, 'reader/open', { tabId: await page.tabId() });
  if (!opened.ok) throw new Error(`The reader did not open: ${opened.error.message}`);
  await waitForReader(driver, await page.tabId());

  if (headed) {
    console.log(`Pith is open on ${page.url}. Close the window or press Ctrl+C to stop.`);
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
  } else {
    const out = resolve(ROOT, 'test-results/demo-reader.png');
    mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
    await page.screenshot(out);
    console.log(`Reader view screenshot: ${out}`);
  }
  await driver.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
