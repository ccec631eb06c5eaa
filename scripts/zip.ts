/**
 * Packs dist/chrome and dist/firefox into store-ready archives: dist/pith-<browser>-<version>.zip.
 * Run after `npm run build` (the `zip` npm script does both).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zip } from './lib/zip';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
let failed = false;
for (const browser of ['chrome', 'firefox']) {
  const dir = join('dist', browser);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`${dir}/manifest.json is missing: run \`npm run build\` first.`);
    failed = true;
    continue;
  }
  const entries = filesUnder(dir).map((path) => ({
    name: relative(dir, path).split(sep).join('/'),
    data: readFileSync(path),
  }));
  const out = join('dist', `pith-${browser}-${version}.zip`);
  writeFileSync(out, zip(entries));
  console.log(`${out}  (${entries.length} files, ${(statSync(out).size / 1024).toFixed(1)} kB)`);
}
process.exitCode = failed ? 1 : 0;
