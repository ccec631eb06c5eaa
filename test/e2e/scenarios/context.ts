/** What every scenario gets: a driver, the local server, and where to put screenshots. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { cleanHtml } from '../../../src/node';
import type { CleanResult } from '../../../src/types';
import type { BrowserDriver, PageHandle } from '../driver';
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

export function readerIsOpen(): boolean {
  return document.querySelector('pith-reader') !== null;
}

export function readerIsClosed(): boolean {
  return document.querySelector('pith-reader') === null;
}

/** The reader's visible text (its shadow root is open). */
export function readerText(page: PageHandle): Promise<string> {
  return page.evaluate(() => document.querySelector('pith-reader')?.shadowRoot?.textContent ?? '', null);
}

/** Closes the reader with its own Close button and waits until it is gone. */
export async function closeReader(page: PageHandle): Promise<void> {
  await page.evaluate(
    () =>
      document.querySelector('pith-reader')?.shadowRoot?.querySelector<HTMLElement>('button.close')?.click(),
    null,
  );
  await page.waitFor(readerIsClosed, null);
}
