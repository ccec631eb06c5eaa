/**
 * Starts the content script's core once per page (see `core-bridge.ts`). Both entries that include it
 * (`on-demand.ts`, auto-clean's `auto.ts`) share the extension's isolated world, so the core published on
 * `globalThis` makes a second injection a no-op.
 */
import browser from 'webextension-polyfill';
import { dispatch } from '../shared/messages';
import { articleOf } from './article';
import { pageCore, publishCore } from './core-bridge';
import type { PageCore } from './core-bridge';
import { contentHandlers } from './handlers';
import { forgetReport } from './report-cache';

export function boot(): PageCore {
  const running = pageCore();
  if (running) return running;
  const core: PageCore = { articleOf, forgetReport, extras: null };
  publishCore(core);
  const handlers = contentHandlers(core);
  browser.runtime.onMessage.addListener((message: unknown) => dispatch(handlers, message, undefined));
  return core;
}
