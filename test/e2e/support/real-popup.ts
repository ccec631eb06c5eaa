/**
 * The real toolbar popup, opened by the browser itself: headed Chromium on a private Xvfb display, the
 * `_execute_action` shortcut pressed with xdotool (the same activeTab grant as a click on the toolbar button).
 * The popup is its own target; we attach to it, read its size and take its screenshot. Opening
 * `popup/index.html?tab=…` in a tab at a forced size is not the same screen: Chrome starts the popup small and
 * grows it to the document's preferred size, which is what went wrong before (issue 8).
 *
 * puppeteer-core, not Playwright: Playwright's persistent context does not report the popup as a page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { chromiumFlagsWithExtension } from '../../support/chromium-flags';
import type { Xvfb } from './xvfb';

interface ChromeCommands {
  getAll(): Promise<{ name?: string; shortcut?: string }[]>;
}

export interface HeadedChromium {
  browser: Browser;
  /** The shortcut Chromium assigned to `_execute_action` (xdotool syntax, e.g. `ctrl+shift+u`). */
  actionKey: string;
  close(): Promise<void>;
}

export async function launchHeadedChromium(
  executablePath: string,
  extensionDir: string,
  xvfb: Xvfb,
): Promise<HeadedChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'pith-real-popup-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: false,
    userDataDir: profile,
    defaultViewport: null,
    ignoreDefaultArgs: ['--disable-extensions'],
    env: { ...process.env, DISPLAY: xvfb.display },
    args: [...chromiumFlagsWithExtension(extensionDir), '--window-size=1200,860'],
  });
  const worker = await (
    await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 15000 },
    )
  ).worker();
  // The worker's `chrome` can be missing for a moment right after start: ask until it answers.
  let shortcut = '';
  for (let i = 0; i < 50 && !shortcut; i++) {
    shortcut =
      (await worker
        ?.evaluate(async () => {
          const api = (globalThis as { chrome?: { commands?: ChromeCommands } }).chrome?.commands;
          return (await api?.getAll())?.find((c) => c.name === '_execute_action')?.shortcut ?? '';
        })
        .catch(() => '')) ?? '';
    if (!shortcut) await new Promise((done) => setTimeout(done, 100));
  }
  return {
    browser,
    actionKey: shortcut.toLowerCase(),
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

let pressedAt = 0;

/** When the action shortcut was last pressed (epoch ms), to time the popup from the key press to its paint. */
export function lastKeyPress(): number {
  return pressedAt;
}

/** Brings `tab` to the front, presses the action shortcut and returns the popup page once its script runs. */
export async function openRealPopup(chrome: HeadedChromium, xvfb: Xvfb, tab: Page): Promise<Page> {
  await tab.bringToFront();
  const appeared = chrome.browser.waitForTarget((t) => /\/popup\/index\.html/.test(t.url()), {
    timeout: 15000,
  });
  pressedAt = Date.now();
  xvfb.key(chrome.actionKey);
  const target = await appeared;
  const popup = await target.asPage();
  return popup;
}
