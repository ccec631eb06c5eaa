/**
 * `BrowserDriver` for Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, with the extension installed
 * as a temporary add-on (`browser.installExtension`).
 *
 * Firefox refuses WebDriver navigation to moz-extension:// and exposes no background realm, so the driver gets
 * its extension context through a "door": the e2e build (`vite build --mode firefox-e2e`) makes the options page
 * web-accessible to 127.0.0.1, a blank local page `window.open`s it, and the driver keeps that tab. From there
 * `runtime.getBackgroundPage()` reaches the background's test surface (`globalThis.pith`), `tabs.create` opens
 * other extension pages, and `navigator.clipboard.readText()` reads the clipboard
 * (pref `dom.events.testing.asyncClipboard` skips the paste prompt).
 *
 * puppeteer does not see navigations to moz-extension:// (the target URL stays `about:blank`), so extension tabs
 * are found by asking each new page for its `location.href`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../manifest.config';
import { inTabScript } from '../driver';
import type { BackgroundCall, BrowserDriver, PageHandle } from '../driver';

export interface FirefoxOptions {
  /** The unpacked extension directory: a `--mode firefox-e2e` build (it has the door page). */
  extensionDir: string;
  /** Origin of a local server; the door is opened from a page on it (the build's web_accessible_resources). */
  doorOrigin: string;
  headless?: boolean;
  executablePath?: string;
}

/** Fixed, so moz-extension://<uuid>/ is known before the browser starts. */
export const EXTENSION_UUID = '5f3a9c1e-7b2d-4e8f-9a6c-0d1e2f3a4b5c';
const DOOR_PATH = 'extension/options/index.html?e2e-door';

/** The few WebExtension calls the driver makes inside the door page. */
interface BrowserApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string; active: boolean }[]>;
    get(id: number): Promise<unknown>;
    create(o: { url: string; active?: boolean }): Promise<{ id?: number }>;
  };
  scripting: {
    executeScript(o: { target: { tabId: number }; files?: string[]; func?: () => void }): Promise<unknown>;
    getRegisteredContentScripts(): Promise<{ matches?: string[] }[]>;
  };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  runtime: {
    getURL(path: string): string;
    getBackgroundPage(): Promise<{ pith?: PithGlobal; structuredClone: typeof structuredClone } | null>;
  };
}

/** The background's test surface (`globalThis.pith`), as seen from the door page. */
interface PithGlobal {
  handlers: Record<string, (req: unknown) => Promise<unknown>>;
  onMenuClicked(info: { menuItemId: string }, tab: unknown): Promise<unknown>;
  onCommand(command: string, tab: unknown): Promise<unknown>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** `location.href` of a page, or '' when it cannot answer (closing, or a page puppeteer cannot script). */
function hrefOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => '');
}

/**
 * The last Firefox ESR that blocks this driver: on 140 ESR, an extension page's CSP refuses the `Function()` that
 * puppeteer's `waitForFunction` evaluates there (EvalError: call to Function() blocked by CSP), so every scenario
 * on an extension page fails with a bare "Waiting failed". The scenarios pass on 153 ESR. Found on a machine whose
 * apt lists were old; `.ci/run` runs `apt-get update` first.
 */
const LAST_BLOCKING_FIREFOX = 140;

async function refuseKnownBadFirefox(browser: Browser): Promise<void> {
  const version = await browser.version();
  const major = Number(/(\d+)\./.exec(version)?.[1] ?? NaN);
  if (major <= LAST_BLOCKING_FIREFOX) {
    await browser.close();
    throw new Error(
      `${version}: this Firefox blocks the test driver's scripts in extension pages (CSP). ` +
        'The end-to-end tests need Firefox ESR 153 or newer: apt-get update && apt-get install -y firefox-esr',
    );
  }
}

export async function launchFirefox(options: FirefoxOptions): Promise<BrowserDriver> {
  const profile = mkdtempSync(join(tmpdir(), 'pith-e2e-firefox-'));
  const files = mkdtempSync(join(tmpdir(), 'pith-e2e-upload-'));
  const downloads = mkdtempSync(join(tmpdir(), 'pith-e2e-downloads-'));
  const base = `moz-extension://${EXTENSION_UUID}/`;
  let browser: Browser;
  let door: Page;
  /** The tab last brought to the front by a scenario, given the focus back after a clipboard read. */
  let front: Page | undefined;
  async function toFront(page: Page): Promise<void> {
    front = page;
    await page.bringToFront();
  }

  /** Waits for a page that is not in `known` to reach `url` (puppeteer's own URL stays about:blank). */
  async function findNewPage(url: string, known: Set<Page>): Promise<Page> {
    for (let i = 0; i < 150; i++) {
      for (const page of await browser.pages()) {
        if (!known.has(page) && (await hrefOf(page)) === url) return page;
      }
      await sleep(100);
    }
    throw new Error(`Firefox did not open ${url}`);
  }

  async function start(): Promise<void> {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: options.executablePath ?? '/usr/bin/firefox-esr',
      headless: options.headless ?? true,
      userDataDir: profile,
      defaultViewport: { width: 1100, height: 800 },
      extraPrefsFirefox: {
        'xpinstall.signatures.required': false,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // A temporary add-on is uninstalled when Firefox quits; keep its storage for `restart()`.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        // `navigator.clipboard.readText()` without the paste context menu.
        'dom.events.testing.asyncClipboard': true,
        'browser.shell.checkDefaultBrowser': false,
        // Downloads go straight to a known folder, without a dialog.
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.panel.shown': true,
        // No downloads panel after each download. An open panel takes the next click outside it to close itself:
        // the likeliest reason why, in CI only, the test after a download lost its first click (the Save menu
        // never opened). A user's panel is theirs; a test profile needs none.
        'browser.download.alwaysOpenPanel': false,
      },
    });
    await refuseKnownBadFirefox(browser);
    await browser.installExtension(options.extensionDir);

    const opener = await browser.newPage();
    await opener.goto(`${options.doorOrigin}/`, { waitUntil: 'load' });
    const known = new Set(await browser.pages());
    const doorUrl = `${base}${DOOR_PATH}`;
    await opener.evaluate((url) => {
      window.open(url);
    }, doorUrl);
    door = await findNewPage(doorUrl, known);
    await opener.close();
    // The background registers `globalThis.pith` as its last top-level statement; wait for it.
    await door.evaluate(async () => {
      const api = (globalThis as unknown as { browser: BrowserApi }).browser;
      for (let i = 0; i < 100; i++) {
        const bg = await api.runtime.getBackgroundPage();
        if (bg?.pith) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the background page never set globalThis.pith');
    });
  }

  function handle(page: Page, extensionUrl?: string): PageHandle {
    return {
      get url() {
        return extensionUrl ?? page.url();
      },
      async tabId() {
        // Tabs the extension has host access to show their URL; otherwise (about:) this page is the active tab.
        await toFront(page);
        const url = extensionUrl ?? page.url();
        return door.evaluate(async (wanted) => {
          const api = (globalThis as unknown as { browser: BrowserApi }).browser;
          const tabs = await api.tabs.query({});
          const tab = tabs.find((t) => t.url === wanted) ?? tabs.find((t) => t.active);
          if (tab?.id === undefined) throw new Error(`no tab for ${wanted}`);
          return tab.id;
        }, url);
      },
      evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
        page.evaluate(fn as unknown as (arg: unknown) => Promise<R>, arg as unknown),
      async waitFor<A>(fn: (arg: A) => boolean, arg: A, timeoutMs = 10000) {
        await page.waitForFunction(
          fn as unknown as (arg: unknown) => boolean,
          { timeout: timeoutMs, polling: 50 },
          arg,
        );
      },
      async click(selector) {
        // puppeteer understands `>>>` (pierce shadow roots) itself. A page that redraws between finding the element
        // and clicking it detaches the node: find it again, a few times, as Playwright's locators do.
        for (let attempt = 1; ; attempt++) {
          try {
            await page.click(selector);
            return;
          } catch (error) {
            // Detached, or not clickable while it is being redrawn: the same redraw, seen at another moment.
            if (!/detached|not clickable/.test(String(error)) || attempt >= 5) throw error;
            await new Promise((done) => setTimeout(done, 50));
          }
        }
      },
      async press(key) {
        await page.keyboard.press(key as Parameters<typeof page.keyboard.press>[0]);
      },
      async clickAt(x, y) {
        await page.mouse.click(x, y);
      },
      async uploadFile(selector, file) {
        const input = await page.$(selector);
        if (!input) throw new Error(`no element ${selector}`);
        const path = join(files, file.name);
        writeFileSync(path, file.text, 'utf8');
        await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
      },
      async screenshot(path) {
        await page.screenshot({ path: path as `${string}.png` });
      },
      pdf: () => page.pdf({ format: 'A4' }),
      async download(trigger) {
        const before = new Set(readdirSync(downloads));
        const toastText = () =>
          page
            .evaluate(() => document.querySelector('pith-toast')?.shadowRoot?.textContent ?? '')
            .catch(() => '');
        await trigger();
        // The toasts seen while waiting: a toast goes after a few seconds, and the last one says what happened.
        const toasts = new Set<string>();
        // Up to 30 s, as Playwright waits for a download in Chromium: saving a web page may first spend up to
        // 12 s embedding its images (extension/content/embed-images.ts).
        for (let i = 0; i < 300; i++) {
          const name = readdirSync(downloads).find((f) => !before.has(f) && !f.endsWith('.part'));
          // Firefox writes `<name>.part` and renames it when the download is complete.
          // and may create the final file empty before it writes it: wait for bytes.
          if (name && !existsSync(join(downloads, `${name}.part`))) {
            const text = readFileSync(join(downloads, name), 'utf8');
            if (text !== '') return { name, text };
          }
          if (i % 5 === 0) {
            const toast = await toastText();
            if (toast) toasts.add(toast);
          }
          await sleep(100);
        }
        // Say what there was: a `.part` left means the download started and never finished; nothing new means
        // the page never started one (the toasts, if any, say why).
        const added = readdirSync(downloads).filter((f) => !before.has(f));
        throw new Error(
          `Firefox saved no file in 30 s (new in the downloads folder: ${added.join(', ') || 'nothing'}; toasts: ${[...toasts].join(' | ') || 'none'})`,
        );
      },
      async reload() {
        await page.reload({ waitUntil: 'load' });
      },
      bringToFront: () => toFront(page),
      close: () => page.close(),
    };
  }

  await start();

  const driver: BrowserDriver = {
    name: 'firefox',
    async openPage(url) {
      const page = await browser.newPage();
      front = page;
      await page.goto(url, { waitUntil: 'load' });
      return handle(page);
    },
    async openExtensionPage(path) {
      const url = `${base}${path}`;
      const known = new Set(await browser.pages());
      await door.evaluate(async (u) => {
        const api = (globalThis as unknown as { browser: BrowserApi }).browser;
        await api.tabs.create({ url: u, active: true });
      }, url);
      const page = await findNewPage(url, known);
      front = page;
      await page.waitForFunction(() => document.readyState === 'complete', { polling: 50 });
      return handle(page, url);
    },
    async background(call: BackgroundCall) {
      if (call.kind === 'in-tab') {
        return JSON.parse((await door.evaluate(inTabScript('browser', call))) as string) as unknown;
      }
      // Arguments are cloned into the background's realm (structured clone keeps `undefined` members, as
      // Firefox's messaging does); the reply comes back as JSON, so nothing keeps references across realms.
      const json = await door.evaluate(async (c) => {
        const api = (globalThis as unknown as { browser: BrowserApi }).browser;
        const bg = await api.runtime.getBackgroundPage();
        const pith = bg?.pith;
        if (!bg || !pith) throw new Error('the background page is not running');
        const into = (value: unknown): unknown => bg.structuredClone(value);
        const run = async (): Promise<unknown> => {
          switch (c.kind) {
            case 'message': {
              const handler = pith.handlers[c.type];
              if (!handler) throw new Error(`no handler ${c.type}`);
              return handler(into(c.payload));
            }
            case 'menu':
              return pith.onMenuClicked(
                into({ menuItemId: c.menuItemId }) as { menuItemId: string },
                into(await api.tabs.get(c.tabId)),
              );
            case 'command':
              return pith.onCommand(c.command, into(await api.tabs.get(c.tabId)));
            case 'inject':
              await api.scripting.executeScript({ target: { tabId: c.tabId }, files: [c.file] });
              return null;
            case 'shortcuts':
              return Object.fromEntries((await api.commands.getAll()).map((k) => [k.name, k.shortcut ?? '']));
            case 'auto-clean-matches': {
              const scripts = await api.scripting.getRegisteredContentScripts();
              return scripts.flatMap((s) => s.matches ?? []);
            }
          }
        };
        const result = await run();
        return result === undefined ? null : JSON.stringify(result);
      }, call);
      return json === null ? undefined : (JSON.parse(json) as unknown);
    },
    async readClipboard() {
      await door.bringToFront();
      try {
        return await door.evaluate(() => navigator.clipboard.readText());
      } finally {
        // As in Chromium, where the reading tab closes: the scenario's tab is in front again.
        if (front && !front.isClosed()) await front.bringToFront();
      }
    },
    async restart() {
      await browser.close();
      await start();
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(files, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  return driver;
}
