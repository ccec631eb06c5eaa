import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean, parseDocument } from '../src/node';
const dir = '/work/shared/bench/aeb-dev/html';
const files = readdirSync(dir);
const rows: [string, number, number, number][] = [];
for (const f of files) {
  const doc = parseDocument(readFileSync(join(dir, f), 'utf8'), 'https://example.com/a', 'linkedom');
  const plain = clean(doc, { url: 'https://example.com/a', collectPrints: true });
  // Worst case: every block of this page known to repeat (the same story read under three addresses).
  const all = clean(doc, { url: 'https://example.com/a', siteTemplate: { blocks: (plain.prints ?? []).map((p) => ({ print: p.print, pages: 3 })) } });
  const cuts = all.removed.filter((b) => b.ruleId.startsWith('memory:')).length;
  rows.push([f, plain.text.length, all.text.length, cuts]);
}
rows.sort((a, b) => a[2] / a[1] - b[2] / b[1]);
for (const r of rows.slice(0, 12)) console.log(r[0], r[1], r[2], (r[2] / r[1]).toFixed(3), 'cuts', r[3]);
const ratio = rows.reduce((s, r) => s + r[2], 0) / rows.reduce((s, r) => s + r[1], 0);
console.log('pages', rows.length, 'total text ratio', ratio.toFixed(4), 'pages shorter by >5%:', rows.filter((r) => r[2] < 0.95 * r[1]).length);
