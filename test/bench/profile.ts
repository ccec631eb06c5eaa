/**
 * Runs one system over already-parsed pages, for a CPU profile of the engine alone (parsing happens before the
 * timed loop):
 *
 *   node --cpu-prof --cpu-prof-dir=test-results/prof --import tsx test/bench/profile.ts [--set aeb|traf]
 *        [--pages N] [--repeat N] [--system pith|readability|defuddle] [--dom linkedom|jsdom]
 *
 * Prints the median time per page and, for Pith, the median of each stage. `--system compare` runs Readability
 * and Pith one after the other on each page and prints both, timed in CPU time of this process as well as wall
 * time: on a machine shared with other work, CPU time is what stays comparable from run to run.
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

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const times: number[] = [];
const stages: PithStages[] = [];
const cpu = { pith: [] as number[], readability: [] as number[] };
for (let r = 0; r < Number(values.repeat); r++) {
  for (const { doc, url } of docs) {
    if (values.system === 'compare') {
      let c0 = cpuMs();
      runReadability(doc);
      cpu.readability.push(cpuMs() - c0);
      c0 = cpuMs();
      const prediction = runPith(doc, url);
      cpu.pith.push(cpuMs() - c0);
      times.push(prediction.ms);
      if (prediction.stages) stages.push(prediction.stages);
      continue;
    }
    const prediction = run(doc, url);
    times.push(prediction.ms);
    if (prediction.stages) stages.push(prediction.stages);
  }
}
console.log(
  `${values.system} on ${docs.length} ${values.set} pages × ${values.repeat}: median ${median(times).toFixed(1)} ms (wall)`,
);
if (values.system === 'compare') {
  const pith = median(cpu.pith);
  const readability = median(cpu.readability);
  const ratios = cpu.pith.map((p, i) => p / (cpu.readability[i] ?? Number.NaN));
  console.log(
    `CPU ms per page, median: Pith ${pith.toFixed(1)}, Readability ${readability.toFixed(1)}; ` +
      `ratio of medians ${(pith / readability).toFixed(2)}×, median of per-page ratios ${median(ratios).toFixed(2)}×`,
  );
}
if (stages.length > 0) {
  const keys = Object.keys(stages[0] as PithStages) as (keyof PithStages)[];
  console.log(
    'Pith stages, median wall ms: ' +
      keys.map((key) => `${key} ${median(stages.map((s) => s[key])).toFixed(1)}`).join(', '),
  );
}
