/** `BrowserDriver` for Debian's Chromium through playwright-core, with the extension loaded unpacked. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { inTabScript } from '../driver';
import type { BackgroundCall, BrowserDriver, PageHandle } from '../driver';
import { findChromium } from '../../support/browsers';
import { chromiumFlagsWithExtension } from '../../support/chromium-flags';

export interface ChromiumOptions {
  /** The unpacked extension directory. */
  extensionDir: string;
  headless?: boolean;
  executablePath?: string;
  /** X display for a headed browser (e.g. an Xvfb server's `:99`). */
  display?: string;
}

/** The few `chrome.*` calls the driver makes inside the service worker (no @types/chrome in this repo). */
interface ChromeApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string; active: boolean }[]>;
    get(id: number): Promise<unknown>;
  };
  scripting: {
    executeScript(o: { target: { tabId: number }; files?: string[]; func?: () => void }): Promise<unknown>;
    getRegisteredContentScripts(): Promise<{ matches?: string[] }[]>;
  };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
}

/** The background's test surface (`globalThis.pith` in the service worker), as seen from `evaluate`. */
interface PithGlobal {
  handlers: Record<string, (req: unknown) => Promise<unknown>>;
  onMenuClicked(info: { menuItemId: string }, tab: unknown): Promise<unknown>;
  onCommand(command: string, tab: unknown): Promise<unknown>;
}

export async function launchChromium(options: ChromiumOptions): Promise<BrowserDriver> {
  const profile = mkdtempSync(join(tmpdir(), 'pith-e2e-'));
  let ctx: BrowserContext;
  let worker: Worker;

  async function start(): Promise<void> {
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: options.executablePath ?? findChromium() ?? '/usr/bin/chromium',
      headless: options.headless ?? true,
      ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
      viewport: { width: 1100, height: 800 },
      acceptDownloads: true,
      args: chromiumFlagsWithExtension(options.extensionDir),
    });
    worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    // No origin: granting to a chrome-extension origin fails (opaque origin). Needed to read the clipboard back.
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    // The worker registers `globalThis.pith` as its last top-level statement; wait for it.
    await worker.evaluate(async () => {
      for (let i = 0; i < 100 && !('pith' in globalThis); i++) await new Promise((r) => setTimeout(r, 50));
    });
  }

  function extensionId(): string {
    return new URL(worker.url()).host;
  }

  function handle(page: Page): PageHandle {
    return {
      get url() {
        return page.url();
      },
      async tabId() {
        // Extension sees the URL of tabs it has host access to; otherwise (chrome://) the active tab is this page.
        await page.bringToFront();
        return worker.evaluate(async (url) => {
          const { chrome } = globalThis as unknown as { chrome: ChromeApi };
          const tabs = await chrome.tabs.query({});
          const tab = tabs.find((t) => t.url === url) ?? tabs.find((t) => t.active);
          if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
          return tab.id;
        }, page.url());
      },
      // Playwright's own generics (Unboxed<A>) are stricter than the driver interface; the calls are the same.
      evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
        page.evaluate(fn as unknown as (arg: unknown) => R, arg as unknown),
      async waitFor<A>(fn: (arg: A) => boolean, arg: A, timeoutMs = 10000) {
        await page.waitForFunction(fn as unknown as (arg: unknown) => boolean, arg as unknown, {
          timeout: timeoutMs,
          polling: 50,
        });
      },
      async click(selector) {
        await page.locator(selector.replaceAll('>>>', ' ')).first().click();
      },
      async press(key) {
        await page.keyboard.press(key);
      },
      async clickAt(x, y) {
        await page.mouse.click(x, y);
      },
      async uploadFile(selector, file) {
        await page.locator(selector).setInputFiles({
          name: file.name,
          mimeType: 'application/json',
          buffer: Buffer.from(file.text, 'utf8'),
        });
      },
      async screenshot(path) {
        await page.screenshot({ path });
      },
      pdf: () => page.pdf({ format: 'A4' }),
      async download(trigger) {
        const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
        return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
      },
      async reload() {
        await page.reload({ waitUntil: 'load' });
      },
      bringToFront: () => page.bringToFront(),
      close: () => page.close(),
    };
  }

  await start();

  const driver: BrowserDriver = {
    name: 'chromium',
    async openPage(url) {
      const page = await ctx.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return handle(page);
    },
    async openExtensionPage(path) {
      const page = await ctx.newPage();
      await page.goto(`chrome-extension://${extensionId()}/${path}`, { waitUntil: 'load' });
      return handle(page);
    },
    async background(call: BackgroundCall) {
      if (call.kind === 'in-tab') {
        // Built as source text: `executeScript` needs a real function, and the worker's CSP forbids making one.
        return JSON.parse((await worker.evaluate(inTabScript('chrome', call))) as string) as unknown;
      }
      return worker.evaluate(async (c) => {
        const { pith, chrome } = globalThis as unknown as { pith: PithGlobal; chrome: ChromeApi };
        switch (c.kind) {
          case 'message': {
            const handler = pith.handlers[c.type];
            if (!handler) throw new Error(`no handler ${c.type}`);
            return handler(c.payload);
          }
          case 'menu':
            return pith.onMenuClicked({ menuItemId: c.menuItemId }, await chrome.tabs.get(c.tabId));
          case 'command':
            return pith.onCommand(c.command, await chrome.tabs.get(c.tabId));
          case 'inject':
            await chrome.scripting.executeScript({ target: { tabId: c.tabId }, files: [c.file] });
            return null;
          case 'stub-speech':
            await chrome.scripting.executeScript({
              target: { tabId: c.tabId },
              func: () => {
                // The content scripts' world gets a speech engine that records instead of speaking (headless
                // browsers here have no voice); the page sees what it did through <html data-pith-speech>.
                const mark = (what: string) =>
                  document.documentElement.setAttribute('data-pith-speech', what);
                const engine = {
                  speaking: false,
                  speak(u: { text: string }) {
                    engine.speaking = true;
                    mark(`speaking:${u.text}`);
                  },
                  cancel() {
                    if (engine.speaking) mark('cancelled');
                    engine.speaking = false;
                  },
                  pause() {},
                  resume() {},
                  getVoices: () => [],
                  addEventListener() {},
                  removeEventListener() {},
                };
                Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: engine });
              },
            });
            return null;
          case 'shortcuts':
            return Object.fromEntries(
              (await chrome.commands.getAll()).map((c) => [c.name, c.shortcut ?? '']),
            );
          case 'auto-clean-matches': {
            const scripts = await chrome.scripting.getRegisteredContentScripts();
            return scripts.flatMap((s) => s.matches ?? []);
          }
        }
      }, call);
    },
    async readClipboard() {
      const page = await ctx.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId()}/extension/options/index.html`);
        await page.bringToFront();
        return await page.evaluate(() => navigator.clipboard.readText());
      } finally {
        await page.close();
      }
    },
    async restart() {
      await ctx.close();
      await start();
    },
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return driver;
}
