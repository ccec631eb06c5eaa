/**
 * The popup's first question, asked by its first module (`ask-first.ts`) before the others are evaluated: on the
 * first open of a tab the page's report (injecting the content script, running the engine) is most of the wait,
 * so it starts as early as the popup's code can. It uses the browser's own promise API (`browser` in Firefox,
 * `chrome` in Chrome's MV3), not the polyfill, so that this file stays small. It asks without the comparison's
 * rows (`Comparison.rowsPending`): the clean text paints first, the controller asks for the rows after.
 */
import { asResult } from '../shared/messages';
import type { BackgroundProtocol, Envelope, PageReport, ReplyOf, Result } from '../shared/messages';

interface Runtime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** When the popup's first script started (`performance.now()`), for the timing report. */
export const scriptStartedAt = performance.now();

let first: { reply: Promise<Result<PageReport>>; askedAt: number } | null = null;

export function askFirstReport(tabId: number | undefined): void {
  const scope = globalThis as { browser?: Runtime; chrome?: Runtime };
  const api = scope.browser ?? scope.chrome;
  if (!api) return;
  // Typed as `sendToBackground` types it (shared/send.ts), without the polyfill that module imports.
  const message: Envelope<BackgroundProtocol, 'page/report'> = {
    type: 'page/report',
    payload: { tabId, rulesOnly: false, rowsLater: true },
  };
  first = {
    askedAt: performance.now(),
    reply: asResult(
      () => api.runtime.sendMessage(message),
      'internal',
      'Pith could not reach its background page',
    ) as Promise<ReplyOf<BackgroundProtocol, 'page/report'>>,
  };
}

/** The report asked for at the start, once (a later load asks again); null when none is pending. */
export function takeFirstReport(): { reply: Promise<Result<PageReport>>; askedAt: number } | null {
  const taken = first;
  first = null;
  return taken;
}
