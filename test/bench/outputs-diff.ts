/**
 * Compares two dumps of `outputs-dump.ts` page by page: which fields differ, on how many pages. The clean text,
 * html and Markdown must not differ after a change meant only to make the engine faster; `removed` may, in the
 * ways that change intends (say, its html), and `--ignore removed.html` leaves that field out of the comparison.
 *
 *   npx tsx test/bench/outputs-diff.ts BEFORE AFTER [--ignore FIELD ...]
 *
 * Exits 1 when a compared field differs on some page, or when the dumps do not hold the same pages.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { ignore: { type: 'string', multiple: true, default: [] } },
  allowPositionals: true,
});
const [beforeFile, afterFile] = positionals;
if (!beforeFile || !afterFile) throw new Error('usage: outputs-diff.ts BEFORE AFTER [--ignore FIELD ...]');
const ignored = new Set(values.ignore);

type Page = Record<string, unknown> & { id: string };

function load(file: string): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '') continue;
    const page = JSON.parse(line) as Page;
    pages.set(page.id, page);
  }
  return pages;
}

/** The page's fields as compared: `removed.html` style names drop one field of each entry of a list. */
function comparable(page: Page): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(page)) {
    if (key === 'id' || ignored.has(key)) continue;
    const inner = [...ignored]
      .filter((name) => name.startsWith(`${key}.`))
      .map((name) => name.slice(key.length + 1));
    const kept =
      inner.length > 0 && Array.isArray(value)
        ? value.map((entry: Record<string, unknown>) =>
            Object.fromEntries(Object.entries(entry).filter(([field]) => !inner.includes(field))),
          )
        : value;
    out[key] = JSON.stringify(kept);
  }
  return out;
}

const before = load(beforeFile);
const after = load(afterFile);
const differing = new Map<string, string[]>();
let missing = 0;
for (const [id, old] of before) {
  const now = after.get(id);
  if (!now) {
    missing++;
    continue;
  }
  const a = comparable(old);
  const b = comparable(now);
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (a[key] === b[key]) continue;
    differing.set(key, [...(differing.get(key) ?? []), id]);
  }
}
missing += [...after.keys()].filter((id) => !before.has(id)).length;
console.log(`${before.size} pages before, ${after.size} after, ${missing} in one dump only.`);
if (differing.size === 0) console.log('Every compared field is the same on every page.');
for (const [key, ids] of differing)
  console.log(
    `${key}: differs on ${ids.length} pages (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''})`,
  );
process.exitCode = differing.size === 0 && missing === 0 ? 0 : 1;
