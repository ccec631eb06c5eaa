/**
 * The one typed list of messages between the extension's parts, and their replies.
 * Every reply is a `Result`: errors travel back to the caller as values, never as thrown strings.
 *
 * Senders: popup/options/reader → background (`BackgroundProtocol`), background → content script in a tab
 * (`ContentProtocol`). Add a message here first; the handlers' types follow from it.
 */
import type { CleanResult } from '../../src/types';
import type { ReaderPrefs, SiteSettings } from './storage';

export type ErrorCode =
  | 'restricted-page' // browser pages, web store, PDF viewer, file:// without access
  | 'no-tab'
  | 'not-an-article'
  | 'content-script-failed'
  | 'storage-failed'
  | 'clipboard-failed'
  | 'invalid-rules'
  | 'internal';

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export type CopyFormat = 'text' | 'markdown' | 'with-link';

/** What the popup needs to draw a page: the engine's result plus the site's settings. */
export interface PageReport {
  tabId: number;
  host: string;
  url: string;
  result: CleanResult;
  settings: SiteSettings;
  /** Text of the page's main region before cleaning, in reading order (for the side-by-side view). */
  originalHtml: string;
}

/** Handled by the background service worker. `tabId` omitted means the active tab of the current window. */
export interface BackgroundProtocol {
  'page/report': (req: { tabId?: number; rulesOnly?: boolean }) => Result<PageReport>;
  'reader/open': (req: { tabId?: number }) => Result<null>;
  'copy/prepare': (req: { tabId?: number; format: CopyFormat }) => Result<{ text: string }>;
  'site/get': (req: { host: string }) => Result<SiteSettings>;
  'site/update': (req: { host: string; patch: Partial<SiteSettings> }) => Result<SiteSettings>;
  'reader-prefs/get': (req: Record<string, never>) => Result<ReaderPrefs>;
  'reader-prefs/update': (req: { patch: Partial<ReaderPrefs> }) => Result<ReaderPrefs>;
}

/** Handled by the content script in a tab. */
export interface ContentProtocol {
  'content/clean': (req: { settings: SiteSettings; rulesOnly?: boolean }) => Result<{
    result: CleanResult;
    originalHtml: string;
  }>;
  'content/reader-open': (req: { settings: SiteSettings; prefs: ReaderPrefs }) => Result<null>;
  'content/reader-close': (req: Record<string, never>) => Result<null>;
  'content/copy': (req: { format: CopyFormat; settings: SiteSettings }) => Result<{ chars: number }>;
}

export type MessageName<P> = keyof P & string;
export type RequestOf<P, K extends keyof P> = P[K] extends (req: infer R) => unknown ? R : never;
export type ReplyOf<P, K extends keyof P> = P[K] extends (req: never) => infer R ? R : never;

/** The wire shape: `{ type, payload }`. */
export interface Envelope<P, K extends keyof P & string = keyof P & string> {
  type: K;
  payload: RequestOf<P, K>;
}
