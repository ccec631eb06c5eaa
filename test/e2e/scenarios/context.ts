/** What every scenario gets: a driver, the local server, and where to put screenshots. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { cleanHtml } from '../../../src/node';
import type { CleanResult } from '../../../src/types';
import type { BrowserDriver, PageHandle } from '../driver';
import { readerProbe } from '../support/reader-probe';
import type { ReaderState } from '../support/reader-probe';
import { MOUNTS } from '../support/static-server';
import type { StaticServer } from '../support/static-server';

export interface ScenarioContext {
  driver: BrowserDriver;
  server: StaticServer;
  /** Directory for screenshots (test-results/). */
  resultsDir: string;
}

/** Our own article page, so these tests do not depend on the fixture set. */
export const ARTICLE_PATH = '/e2e/article.html';

/** The engine on the same HTML in Node (jsdom): what the extension's result must equal. */
export function engineResult(path: string, url: string): CleanResult {
  const [, mount = '', ...rest] = path.split('/');
  const base = MOUNTS[mount];
  if (!base) throw new Error(`no mount for ${path}`);
  return cleanHtml(readFileSync(join(base, ...rest), 'utf8'), { url, dom: 'jsdom' });
}

export async function expectOk<T>(reply: Promise<unknown>): Promise<T> {
  const result = (await reply) as { ok: boolean; value?: T; error?: { code: string; message: string } };
  expect(result, JSON.stringify(result.error)).toMatchObject({ ok: true });
  return result.value as T;
}

/** The reader as the extension sees it (its shadow root is closed to the page; see support/reader-probe.ts). */
export async function readerState(driver: BrowserDriver, tabId: number): Promise<ReaderState> {
  return (await driver.background({
    kind: 'in-tab',
    tabId,
    source: readerProbe.toString(),
    args: ['state', ''],
  })) as ReaderState;
}

/** What in the reader could run code (attributes `on*`, scriptable URLs, banned elements). */
export async function readerAudit(
  driver: BrowserDriver,
  tabId: number,
): Promise<ReaderState & { problems: string[]; elements: number }> {
  return (await driver.background({
    kind: 'in-tab',
    tabId,
    source: readerProbe.toString(),
    args: ['audit', ''],
  })) as ReaderState & { problems: string[]; elements: number };
}

/** Polls until the reader is open (or closed), and returns its state. */
export async function waitForReader(
  driver: BrowserDriver,
  tabId: number,
  open = true,
  timeoutMs = 10_000,
): Promise<ReaderState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await readerState(driver, tabId);
    if (state.open === open) return state;
    if (Date.now() > deadline)
      throw new Error(`the reader did not ${open ? 'open' : 'close'} in ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * A real (trusted) click on the element `selector` matches inside the reader, once it is laid out: right after a
 * click that opens a menu, the menu's items may not have a box yet, and a click at a box-less element's "middle"
 * lands on the viewport's corner and does nothing.
 */
export async function clickInReader(
  driver: BrowserDriver,
  page: PageHandle,
  tabId: number,
  selector: string,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const at = (await driver.background({
      kind: 'in-tab',
      tabId,
      source: readerProbe.toString(),
      args: ['center', selector],
    })) as { x: number; y: number } | null;
    if (at) return page.clickAt(at.x, at.y);
    if (Date.now() > deadline)
      throw new Error(`nothing laid out in the reader matches ${selector} after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** The reader's visible text. */
export async function readerText(driver: BrowserDriver, tabId: number): Promise<string> {
  return (await readerState(driver, tabId)).text;
}

/** Closes the reader with its own Close button and waits until it is gone. */
export async function closeReader(driver: BrowserDriver, page: PageHandle, tabId: number): Promise<void> {
  await clickInReader(driver, page, tabId, 'button.close');
  await waitForReader(driver, tabId, false);
}
