/**
 * The engine in Chromium on the stress pages: `src/index.ts` bundled with esbuild, run on each page as the
 * browser loaded it (`clean(document)`, as the content script does). Peak memory is the largest resident size
 * of the browser's processes together, sampled every 50 ms while the page loads and is cleaned.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium-flags';
import { MB, type StressPage } from './stress-pages';
import type { StressRow } from './stress-report';
import type * as Engine from '../../src/index';

const ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/** The engine as one browser script that sets `globalThis.PithEngine`. */
export async function engineBundle(): Promise<string> {
  const out = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    globalName: 'PithEngine',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** Resident memory of `pid` and all its descendants, in MB (Linux /proc). */
function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  let rss = 0;
  const rssOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rssOf.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked: it holds no memory now
    }
  }
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    rss += rssOf.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return rss;
}

interface InPage {
  engineMs: number;
  cleanMs: number;
  tooLarge: boolean;
  textChars: number;
  loadMs: number;
}

export async function cleanInChromium(pages: StressPage[]): Promise<StressRow[]> {
  const bundle = await engineBundle();
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
  const pid = server.process().pid ?? 0;
  const browser = await chromium.connect(server.wsEndpoint());
  const rows: StressRow[] = [];
  try {
    for (const page of pages) {
      const tab = await browser.newPage();
      await tab.route('https://news.example/**', (route) =>
        route.fulfill({ body: page.html, contentType: 'text/html; charset=utf-8' }),
      );
      let peak = treeRssMb(pid);
      const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(pid))), 50);
      try {
        const t0 = Date.now();
        await tab.goto('https://news.example/a', { timeout: 120_000 });
        const loadMs = Date.now() - t0;
        await tab.addScriptTag({ content: bundle });
        const inPage = await tab.evaluate((load): InPage => {
          const engine = (globalThis as unknown as { PithEngine: typeof Engine }).PithEngine;
          const t1 = performance.now();
          const result = engine.clean(document, { url: location.href });
          const cleanMs = performance.now() - t1;
          return {
            engineMs: result.stats.ms.total,
            cleanMs,
            tooLarge: result.warnings.some((w) => w.code === 'too-large'),
            textChars: result.text.length,
            loadMs: load,
          };
        }, loadMs);
        rows.push({
          page: page.name,
          where: 'chromium',
          mb: page.html.length / MB,
          parseMs: inPage.loadMs,
          engineMs: inPage.engineMs,
          cleanMs: inPage.cleanMs,
          peakMb: Math.max(peak, treeRssMb(pid)),
          tooLarge: inPage.tooLarge,
          textChars: inPage.textChars,
        });
      } catch (error) {
        rows.push({
          page: page.name,
          where: 'chromium',
          mb: page.html.length / MB,
          parseMs: 0,
          engineMs: 0,
          peakMb: peak,
          tooLarge: false,
          textChars: 0,
          error: String(error).split('\n')[0],
        });
      } finally {
        clearInterval(sampler);
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
