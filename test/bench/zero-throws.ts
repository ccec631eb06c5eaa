/**
 * Runs the engine over every page of the benchmark folders on jsdom and on linkedom and counts throws: the
 * engine must return a result for every real page (`npm run check:throws`). Prints one line per throw and a
 * summary; exits 1 when anything threw.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../../src/cli/decode';
import { clean, parseDocument, type DomImplementation } from '../../src/node';

const FOLDERS = ['../shared/bench/aeb-dev/html', '../shared/bench/traf-dev/html'];
const DOMS: DomImplementation[] = ['jsdom', 'linkedom'];

let pages = 0;
let throws = 0;
let slowest = { ms: 0, page: '' };
const warnings = new Map<string, number>();
for (const folder of FOLDERS.filter((f) => existsSync(f))) {
  for (const name of readdirSync(folder).sort()) {
    const html = decodeHtml(readFileSync(join(folder, name))).text;
    for (const dom of DOMS) {
      pages++;
      const start = performance.now();
      let doc: Document | null = null;
      try {
        doc = parseDocument(html, 'https://bench.example/page', dom);
        const result = clean(doc, { url: 'https://bench.example/page' });
        for (const w of result.warnings) warnings.set(w.code, (warnings.get(w.code) ?? 0) + 1);
      } catch (error) {
        throws++;
        console.log(
          `THROW ${dom} ${folder}/${name}: ${error instanceof Error ? (error.stack ?? '').split('\n').slice(0, 5).join(' | ') : String(error)}`,
        );
      } finally {
        // jsdom windows hold memory until closed: hundreds of open ones run the process out of memory.
        if (dom === 'jsdom') doc?.defaultView?.close();
      }
      if (pages % 100 === 0) console.log(`… ${pages} page runs, ${throws} threw`);
      const ms = performance.now() - start;
      if (ms > slowest.ms) slowest = { ms, page: `${dom} ${name}` };
    }
  }
}
console.log(
  `${pages} page runs (${DOMS.join(' + ')}), ${throws} threw; warnings: ${JSON.stringify(Object.fromEntries(warnings))}; slowest ${Math.round(slowest.ms)} ms (${slowest.page})`,
);
process.exitCode = throws > 0 ? 1 : 0;
