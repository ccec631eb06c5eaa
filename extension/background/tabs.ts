/** Finding the tab a request is about, refusing pages Pith may not touch, and injecting the content script. */
import browser from 'webextension-polyfill';
import type { Tabs } from 'webextension-polyfill';
import contentScript from '../content/on-demand.ts?script&iife';
import extrasScript from '../content/extras.ts?script&iife';
import { describeError, fail, ok } from '../shared/messages';
import type { Result } from '../shared/messages';
import { restrictedMessage, restrictedReason } from '../shared/restricted';
import { sendToTab } from '../shared/send';

export interface ReadyTab {
  id: number;
  url: string;
  /** Time spent injecting the content script (0: it was already there), for the popup's timing report. */
  injectMs: number;
}

export async function findTab(tabId?: number): Promise<Result<Tabs.Tab>> {
  try {
    const tab =
      tabId === undefined
        ? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]
        : await browser.tabs.get(tabId);
    return tab?.id === undefined ? fail('no-tab', 'Pith found no open tab to work on.') : ok(tab);
  } catch (error) {
    return fail('no-tab', `Pith could not find that tab (${describeError(error)}).`);
  }
}

/**
 * Checks the tab's address and makes sure the content script is listening in it; `extras`: with the reader, the
 * picker and saving too (a second file, `content/core-bridge.ts`, which the popup's report does not wait for).
 */
export async function readyTab(tab: Tabs.Tab, extras = false): Promise<Result<ReadyTab>> {
  const id = tab.id;
  if (id === undefined) return fail('no-tab', 'Pith found no open tab to work on.');
  // Without activeTab or host access the browser hides the address; then only the injection can tell.
  if (tab.url !== undefined) {
    // Asked only for a file: page, the one kind it decides (one message less before every report).
    const fileAccess = tab.url.startsWith('file:')
      ? await browser.extension.isAllowedFileSchemeAccess().catch(() => false)
      : false;
    const reason = restrictedReason(tab.url, fileAccess);
    if (reason) return fail('restricted-page', restrictedMessage(reason));
  }
  const ping = await sendToTab(id, 'content/ping', {});
  const files = [
    ...(ping.ok ? [] : [contentScript]),
    ...(extras && !(ping.ok && ping.value.extras) ? [extrasScript] : []),
  ];
  let injectMs = 0;
  if (files.length > 0) {
    const started = performance.now();
    try {
      // In order, in one call: the extras find the core the first file published.
      await browser.scripting.executeScript({ target: { tabId: id }, files });
    } catch (error) {
      return injectionFailed(describeError(error));
    }
    injectMs = performance.now() - started;
  }
  const url = tab.url ?? (await browser.tabs.get(id).catch(() => tab)).url ?? '';
  return ok({ id, url, injectMs });
}

function injectionFailed(why: string): Result<never> {
  // Without activeTab (a browser page never gets it) the tab's address is hidden; the browser's error names it.
  const scheme = /\b(chrome|edge|about|devtools|chrome-extension|chrome-search|view-source):/i.exec(why)?.[1];
  if (scheme) {
    return fail(
      'restricted-page',
      restrictedMessage(`it is a browser page (${scheme.toLowerCase()}:), which extensions may not change`),
    );
  }
  if (
    /cannot be scripted|chrome:\/\/|extensions gallery|webstore|Missing host permission|cannot access a/i.test(
      why,
    )
  ) {
    return fail(
      'restricted-page',
      restrictedMessage(`the browser does not let extensions run here (${why})`),
    );
  }
  if (/permission/i.test(why)) {
    // The click on the button was the grant; a page that still refuses is one the browser keeps from
    // extensions (about:blank, a new-tab page, another extension's page), not one waiting for a click.
    return fail(
      'restricted-page',
      restrictedMessage(
        'the browser gives extensions no access to it (a blank or new-tab page, or another extension’s page)',
      ),
    );
  }
  return fail('content-script-failed', `Pith could not start on this page (${why}).`);
}
