/**
 * What a scenario needs from a browser with Pith loaded. Scenarios (`scenarios/*.ts`) use only this, so the
 * Chromium driver (Playwright) and a later Firefox driver (puppeteer-core over BiDi) run the same steps.
 */
import type { BackgroundProtocol, MessageName, ReplyOf, RequestOf } from '../../extension/shared/messages';

/** Calls into the background, by name: the same functions its listeners call (see `globalThis.pith`). */
export type BackgroundCall =
  | { kind: 'message'; type: MessageName<BackgroundProtocol>; payload: unknown }
  | { kind: 'menu'; menuItemId: string; tabId: number }
  | { kind: 'command'; command: string; tabId: number }
  /** Injects a built script file into a tab, bypassing the ping check (to prove injecting twice is harmless). */
  | { kind: 'inject'; tabId: number; file: string }
  /** The keyboard shortcut the browser assigned to each command (`{ 'open-reader': 'Ctrl+Shift+Y' }`). */
  | { kind: 'shortcuts' }
  /** Match patterns of the registered auto-clean content script (empty when none). */
  | { kind: 'auto-clean-matches' }
  /**
   * Runs a self-contained function (its source text) in the extension's content-script world of a tab, with
   * `scripting.executeScript`, and returns its result: how tests look into the reader's closed shadow root.
   */
  | { kind: 'in-tab'; tabId: number; source: string; args: unknown[] };

/** The JavaScript, run in an extension page or worker, of an `in-tab` call (`api` is `chrome` or `browser`). */
export function inTabScript(api: string, call: { tabId: number; source: string; args: unknown[] }): string {
  return `(async () => {
    const [first] = await ${api}.scripting.executeScript({
      target: { tabId: ${JSON.stringify(call.tabId)} },
      func: ${call.source},
      args: ${JSON.stringify(call.args)},
    });
    return first ? JSON.stringify(first.result ?? null) : 'null';
  })()`;
}

export interface PageHandle {
  readonly url: string;
  /** The browser's tab id, as the extension sees it. */
  tabId(): Promise<number>;
  /** Runs `fn` in the page's main world. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Polls `fn` in the page until it returns true. */
  waitFor<A>(fn: (arg: A) => boolean, arg: A, timeoutMs?: number): Promise<void>;
  /** A real (trusted) click on the element matched by `selector`; `>>>` pierces an open shadow root. */
  click(selector: string): Promise<void>;
  /** A real (trusted) key press on whatever has the focus, e.g. `ArrowUp`, `Enter`, `Escape`. */
  press(key: string): Promise<void>;
  /** A real (trusted) mouse click at viewport coordinates (for what no selector can reach: a closed shadow root). */
  clickAt(x: number, y: number): Promise<void>;
  /** Puts a file with this name and text into a file input, as if the user picked it. */
  uploadFile(selector: string, file: { name: string; text: string }): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** The page as the browser prints it (print media, A4), as PDF bytes. */
  pdf(): Promise<Uint8Array>;
  /** Runs `trigger` and returns the file the page downloads because of it. */
  download(trigger: () => Promise<void>): Promise<{ name: string; text: string }>;
  reload(): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  readonly name: 'chromium' | 'firefox';
  openPage(url: string): Promise<PageHandle>;
  /** An extension page, by its path in the build (`extension/popup/index.html?tab=3`). */
  openExtensionPage(path: string): Promise<PageHandle>;
  background(call: BackgroundCall): Promise<unknown>;
  readClipboard(): Promise<string>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Typed sugar over `background({ kind: 'message' })`. */
export function callBackground<K extends MessageName<BackgroundProtocol>>(
  driver: BrowserDriver,
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ReplyOf<BackgroundProtocol, K>> {
  return driver.background({ kind: 'message', type, payload }) as Promise<ReplyOf<BackgroundProtocol, K>>;
}
