/**
 * Run by `test/unit/retention.test.ts` in a process of its own (`node --expose-gc`): parses one page on jsdom,
 * cleans it again and again with the event loop turning between cleans (as a long-lived caller would), and prints
 * the heap's growth per clean, in MB, after full collections.
 */
import { parseDocument } from '../../src/node';
import { clean } from '../../src/pipeline';

const CLEANS = 8;
const url = 'https://news.example/harbour';
const paragraph =
  'The council voted on Tuesday to rebuild the harbour wall before the winter storms, two years later than promised.';
// Many elements with ids (jsdom lists them among the window's named properties), and a comment form whose
// submit button shadows a form built-in by name and id, as on most WordPress pages (the copy without clobbering).
const cards = Array.from(
  { length: 500 },
  (_, i) =>
    `<div id="card-${i}" class="card"><a id="link-${i}" href="/s/${i}">Story ${i}</a><img name="img-${i}" src="/i/${i}.jpg"></div>`,
).join('');
const html = `<!doctype html><html><head><title>Harbour wall</title></head><body>
<article id="story"><h1>Harbour wall</h1>${Array.from({ length: 30 }, (_, i) => `<p id="p-${i}">${paragraph} (${i})</p>`).join('')}</article>
<aside id="related">${cards}</aside>
<form id="commentform"><input name="submit" id="submit" type="submit" value="Send"></form>
</body></html>`;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
async function heapMb(): Promise<number> {
  await turn();
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

const doc = parseDocument(html, url, 'jsdom');
// Warm up: compiled code and the engine's per-process caches (rule packs, selectors) are not a retention.
for (let i = 0; i < 3; i++) {
  clean(doc, { url });
  await turn();
}
const before = await heapMb();
for (let i = 0; i < CLEANS; i++) {
  clean(doc, { url });
  await turn();
}
const after = await heapMb();
console.log(JSON.stringify({ perCleanMb: (after - before) / CLEANS }));
