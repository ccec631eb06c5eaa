/**
 * Runs one system over already-parsed pages, for a CPU profile of the engine alone (parsing happens before the
 * timed loop):
 *
 *   node --cpu-prof --cpu-prof-dir=test-results/prof --import tsx test/bench/profile.ts [--set aeb|traf]
 *        [--pages N] [--repeat N] [--system pith|readability|defuddle] [--dom linkedom|jsdom]
 *
 * Prints the median time per page and, for Pith, the median of each stage.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument, type DomImplementation } from '../../src/node';
import { loadDataset } from './dataset';
import { median } from './stats';
import { runDefuddle, runPith, runReadability, type PithStages, type Prediction } from './systems';
import { loadTrafDataset, readTrafHtml } from './traf-dataset';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'aeb' },
    pages: { type: 'string', default: '1000' },
    repeat: { type: 'string', default: '1' },
    system: { type: 'string', default: 'pith' },
    dom: { type: 'string', default: 'linkedom' },
  },
});
const dom = values.dom as DomImplementation;
const limit = Number(values.pages);
const pages =
  values.set === 'traf'
    ? loadTrafDataset(resolve(REPO_ROOT, '../shared/bench/traf-dev'))
        .slice(0, limit)
        .map((p) => ({ url: p.url, html: readTrafHtml(p) }))
    : loadDataset(resolve(REPO_ROOT, '../shared/bench/aeb-dev')).slice(0, limit);
const docs = pages.map((page) => ({ url: page.url, doc: parseDocument(page.html, page.url, dom) }));
const run: (doc: Document, url: string) => Prediction =
  values.system === 'readability'
    ? (doc) => runReadability(doc)
    : values.system === 'defuddle'
      ? runDefuddle
      : runPith;

const times: number[] = [];
const stages: PithStages[] = [];
for (let r = 0; r < Number(values.repeat); r++) {
  for (const { doc, url } of docs) {
    const prediction = run(doc, url);
    times.push(prediction.ms);
    if (prediction.stages) stages.push(prediction.stages);
  }
}
console.log(
  `${values.system} on ${docs.length} ${values.set} pages × ${values.repeat}: median ${median(times).toFixed(1)} ms`,
);
if (stages.length > 0) {
  const keys = Object.keys(stages[0] as PithStages) as (keyof PithStages)[];
  console.log(keys.map((key) => `${key} ${median(stages.map((s) => s[key])).toFixed(1)}`).join(', '));
}
