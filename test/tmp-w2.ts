import { readFileSync } from 'node:fs';
import { clean, parseDocument } from '../src/node';
for (const f of process.argv.slice(2)) {
  const doc = parseDocument(readFileSync('/work/shared/bench/aeb-dev/html/' + f, 'utf8'), 'https://example.com/a', 'linkedom');
  const plain = clean(doc, { url: 'https://example.com/a', collectPrints: true });
  const all = clean(doc, { url: 'https://example.com/a', siteTemplate: { blocks: (plain.prints ?? []).map((p) => ({ print: p.print, pages: 3 })) } });
  console.log('==', f.slice(0, 8), plain.text.slice(0, 200).replace(/\n/g, ' '));
  for (const b of all.removed.filter((b) => b.ruleId.startsWith('memory:'))) console.log('  CUT', b.where, '|', b.text.slice(0, 150));
}
