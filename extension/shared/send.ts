/** Typed senders over `runtime.sendMessage` / `tabs.sendMessage`; every failure comes back as a `Result`. */
import browser from 'webextension-polyfill';
import { asResult } from './messages';
import type { BackgroundProtocol, ContentProtocol, MessageName, ReplyOf, RequestOf } from './messages';

export function sendToBackground<K extends MessageName<BackgroundProtocol>>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ReplyOf<BackgroundProtocol, K>> {
  return asResult(
    () => browser.runtime.sendMessage({ type, payload }),
    'internal',
    'Pith could not reach its background page',
  ) as Promise<ReplyOf<BackgroundProtocol, K>>;
}

export function sendToTab<K extends MessageName<ContentProtocol>>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentProtocol, K>,
): Promise<ReplyOf<ContentProtocol, K>> {
  return asResult(
    () => browser.tabs.sendMessage(tabId, { type, payload }),
    'content-script-failed',
    'Pith could not talk to the page',
  ) as Promise<ReplyOf<ContentProtocol, K>>;
}
