/**
 * `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox, `--mode e2e` → dist/chrome-e2e,
 * `--mode firefox-e2e` → dist/firefox-e2e.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import makeManifest from './manifest.config';
import type { ManifestOptions, TargetBrowser } from './manifest.config';

/**
 * crxjs lists scripts imported with `?script` as web-accessible to every http(s) page. `scripting.executeScript`
 * and `registerContentScripts` do not need that, and it lets any page detect Pith by fetching the file: drop it.
 */
function dropWebAccessibleScripts(): Plugin {
  return {
    name: 'pith:drop-web-accessible-scripts',
    enforce: 'post',
    // On disk, after crxjs has written its final manifest (it rewrites it late, after generateBundle).
    writeBundle(options) {
      const file = join(options.dir ?? '', 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
        web_accessible_resources?: { resources: string[] }[];
      };
      const kept = (manifest.web_accessible_resources ?? []).filter(
        (entry) => !entry.resources.every((path) => path.startsWith('extension/content/')),
      );
      if (kept.length > 0) manifest.web_accessible_resources = kept;
      else delete manifest.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: TargetBrowser = mode === 'firefox' || mode === 'firefox-e2e' ? 'firefox' : 'chrome';
  // `--mode e2e`: the Chrome build plus host access to the local test server (see ManifestOptions).
  // `--mode firefox-e2e`: the same for Firefox, plus the options page as the driver's way in.
  const e2e = mode === 'e2e' || mode === 'firefox-e2e';
  const options: ManifestOptions = e2e ? { testHostPermissions: ['*://127.0.0.1/*'] } : {};
  if (mode === 'firefox-e2e') {
    options.testDoorPage = { page: 'extension/options/index.html', matches: ['*://127.0.0.1/*'] };
  }
  return {
    plugins: [crx({ manifest: makeManifest(target, options), browser: target }), dropWebAccessibleScripts()],
    build: {
      outDir: e2e ? `dist/${target}-e2e` : `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
    },
  };
});
