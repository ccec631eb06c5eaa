/**
 * Writes what `clean` gives on every page of both benchmark sets (linkedom, as `npm run bench` parses), one JSON
 * line a page, so that a change meant to keep outputs as they were (a speed-up) can be checked page by page with
 * `outputs-diff.ts` against a dump made before it:
 *
 *   npx tsx test/bench/outputs-dump.ts FILE [--set aeb|traf|both] [--pages N]
 *
 * The stage timings are left out: they differ on every run.
 */
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clean, parseDocument } from '../../src/node';
import { loadDataset } from './dataset';
import { loadTrafDataset, readTrafHtml } from './traf-dataset';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const { values, positionals } = parseArgs({
  options: { set: { type: 'string', default: 'both' }, pages: { type: 'string', default: '100000' } },
  allowPositionals: true,
});
const file = positionals[0];
if (!file) throw new Error('usage: outputs-dump.ts FILE [--set aeb|traf|both] [--pages N]');
const limit = Number(values.pages);

/** Pages as [id, url, html], read one at a time: the traf set's HTML is read from disk only when its turn comes. */
function* pages(): Generator<[string, string, () => string]> {
  if (values.set !== 'traf')
    for (const page of loadDataset(resolve(REPO_ROOT, '../shared/bench/aeb-dev')).slice(0, limit))
      yield [`aeb/${page.id}`, page.url, () => page.html];
  if (values.set !== 'aeb')
    for (const page of loadTrafDataset(resolve(REPO_ROOT, '../shared/bench/traf-dev')).slice(0, limit))
      yield [`traf/${page.id}`, page.url, () => readTrafHtml(page)];
}

const out = createWriteStream(file);
let count = 0;
for (const [id, url, html] of pages()) {
  const result = clean(parseDocument(html(), url, 'linkedom'), { url });
  const { stats, ...rest } = result;
  const line = { id, ...rest, markdown: result.markdown, stats: { ...stats, ms: undefined } };
  out.write(`${JSON.stringify(line)}\n`);
  count++;
}
out.end(() => console.log(`${count} pages written to ${file}`));
