/**
 * The one typed list of messages between the extension's parts, and their replies.
 * Every reply is a `Result`: errors travel back to the caller as values, never as thrown strings.
 *
 * Senders: popup/options/reader → background (`BackgroundProtocol`), background → content script in a tab
 * (`ContentProtocol`). Add a message here first; the handlers' types follow from it.
 */
import type { BlockPrint, CleanResult, SiteTemplate } from '../../src/types';
import type { GlobalRulesFields } from './clean-options';
import type { ImportMode, ImportPlan } from './import-plan';
import type { RuleHealth } from './rule-health';
import type { SaveFormat } from './saved-file';
import type { SettingsLocation } from './settings-area';
import type { ReaderPrefs, SiteSettings, StoredSettings } from './storage';

export type ErrorCode =
  | 'restricted-page' // browser pages, web store, PDF viewer, file:// without access
  | 'no-tab'
  | 'not-an-article'
  | 'content-script-failed'
  | 'storage-failed'
  | 'clipboard-failed'
  | 'invalid-rules'
  | 'invalid-import' // an options import file that is not a Pith export
  | 'permission-needed' // auto-clean without host access to the site
  | 'bad-message' // a message with an unknown type or a malformed envelope
  | 'internal';

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export type CopyFormat = 'text' | 'markdown' | 'with-link';

/**
 * One row of the popup's "original" column, built where the live page is (the content script), so the popup only
 * draws it. Rows are in the page's reading order and cover the whole page text:
 * - `kept`: text that is in the clean text, at that place (headings flagged);
 * - `cut`: the text of one removal record (`record` indexes `CleanResult.removed`); each record has exactly one row;
 * - `left-out`: page text in neither (a button, a caption, the headline shown as the title), with why;
 * - `region`: a page landmark (header, navigation, sidebar, footer) with no kept text, drawn collapsed.
 */
export type CompareRow =
  | { kind: 'kept'; text: string; heading: boolean }
  | { kind: 'cut'; record: number; text: string }
  | { kind: 'left-out'; text: string; why: string }
  | { kind: 'region'; label: string; words: number; rows: CompareRow[] };

/** A paragraph of the clean text, as the clean pane draws it. */
export interface CleanBlock {
  text: string;
  heading: boolean;
}

/** The comparison of one page: the original column's rows and the clean column's blocks. */
export interface Comparison {
  rows: CompareRow[];
  clean: CleanBlock[];
  /** Records with no text (empty ad slots, embeds): drawn together on one line, never as rows of their own. */
  emptyCuts: number[];
  /** Records whose block is no longer on the page (it changed since): drawn in one group at the end. */
  unplaced: number[];
  /**
   * The popup's first report on a page: `clean` only; the rows, `emptyCuts` and `unplaced` come from
   * `page/comparison`, asked once the clean text is painted.
   */
  rowsPending?: true;
}

/** A reason and every rule and heuristic that gives it on this site: the popup's switches act on all of them. */
export interface ReasonGroup {
  reason: string;
  /** Blocks cut on this page with this reason. */
  count: number;
  /** Every rule id and `heuristic:<name>` with this reason on this site, fired or not. */
  ruleIds: string[];
  /** The rules' text as written (uBO syntax) and the heuristics' names, for "show the rule". */
  sources: { ruleId: string; text: string }[];
}

/**
 * Site memory for one clean, from the background (the memory's one reader and writer): the template learned from
 * the site's other pages. Absent when memory is off (globally, on the site, or Pith is off there): then the page
 * neither cuts learned blocks nor collects its prints.
 */
export interface MemoryUse {
  template: SiteTemplate;
}

/**
 * What every request to clean the page carries, built once by the background (`cleanWith` in its context): the
 * site's settings, the global rules as fields (`GlobalRulesFields`) and the site memory's template.
 */
export interface CleanWith extends GlobalRulesFields {
  settings: SiteSettings;
  memory?: MemoryUse;
}

/** One learned template block, as the rules manager and the popup show it (hashes and a selector, no text). */
export interface LearnedBlock {
  print: string;
  /** Distinct pages of the site it was seen on. */
  pages: number;
  /** Stable selector for "Make this a rule"; empty when none was found. */
  selector: string;
  /** When it was last seen, ms since the epoch. */
  lastSeen: number;
}

/** What Pith has learned on one site. */
export interface SiteMemorySummary {
  host: string;
  /** Distinct pages remembered. */
  pages: number;
  /** The blocks seen on enough pages to be cut (the template). */
  blocks: LearnedBlock[];
  /** Size of the stored memory in bytes. */
  bytes: number;
}

/** The popup's view of the site memory on the page's site. */
export interface MemoryStatus {
  /** The global switch (Pith settings). */
  globalOn: boolean;
  /** The site's switch. */
  siteOn: boolean;
  /** Pages remembered on this site. */
  pages: number;
  /** The learned blocks cut on this page, by rule id (`memory:<print>`), with their selectors. */
  cut: Record<string, LearnedBlock>;
}

/** What the popup needs to draw a page: the engine's result plus the site's settings. */
export interface PageReport {
  tabId: number;
  host: string;
  url: string;
  result: CleanResult;
  settings: SiteSettings;
  /** The side-by-side comparison, built in the page. */
  comparison: Comparison;
  /** Switchable reasons: those that fired here and those switched off on this site. */
  reasons: ReasonGroup[];
  /** Time spent in the page (engine, comparison), for the popup's timing report; `cached`: a kept report. */
  pageMs: PageMs;
  /** The site memory here (absent on a report built without it). */
  memory?: MemoryStatus;
}

export interface PageMs {
  engine: number;
  compare: number;
  /** The page's kept report (the popup reopened on an unchanged page): no engine run. */
  cached?: boolean;
  /** The background's part before the page is asked: find the tab, ping or inject the content script, settings. */
  ready?: number;
  /** Of `ready`: the content script's injection (0 when it was already in the page). */
  inject?: number;
  /** The background's round trip to the page for the report (the page's work plus the messaging to it). */
  page?: number;
}

/** Handled by the background service worker. `tabId` omitted means the active tab of the current window. */
export interface BackgroundProtocol {
  /** `rowsLater`: the comparison's rows are left for `page/comparison` (the popup's first paint waits less). */
  'page/report': (req: { tabId?: number; rulesOnly?: boolean; rowsLater?: boolean }) => Result<PageReport>;
  /** The rows of the report `page/report` with `rowsLater` gave; fails when the page changed since. */
  'page/comparison': (req: { tabId?: number; rulesOnly?: boolean }) => Result<Comparison>;
  /** The reasons on the page whose switch would not change the clean text (asked after the report is drawn). */
  'page/inert-reasons': (req: { tabId?: number; rulesOnly?: boolean }) => Result<string[]>;
  'reader/open': (req: { tabId?: number }) => Result<null>;
  'copy/prepare': (req: { tabId?: number; format: CopyFormat }) => Result<{ text: string }>;
  'site/get': (req: { host: string }) => Result<SiteSettings>;
  /**
   * Turning `autoClean` on needs host access: the caller (popup, options) asks `permissions.request` first, in
   * its click handler, because only a user gesture may; without access the reply is `permission-needed`.
   */
  'site/update': (req: { host: string; patch: Partial<SiteSettings> }) => Result<SiteSettings>;
  /** The options page reads and writes everything through these: the background is the one writer. */
  'settings/get': (req: Record<string, never>) => Result<StoredSettings>;
  /** Where the settings are kept: synced, or on this computer only and why (the options page's note). */
  'settings/location': (req: Record<string, never>) => Result<SettingsLocation>;
  /** Saves the user's global rules; a list with errors is refused (`invalid-rules`) and nothing changes. */
  'settings/global-rules': (req: { text: string }) => Result<StoredSettings>;
  'site/remove': (req: { host: string }) => Result<StoredSettings>;
  /** Switches a built-in pack on or off on every site (the rules manager's pack switches). */
  'settings/pack': (req: { pack: string; on: boolean }) => Result<StoredSettings>;
  /** What importing `text` would change, against the settings as they are now; writes nothing. */
  'settings/import-preview': (req: { text: string; mode: ImportMode }) => Result<ImportPlan>;
  /** Imports `text` (checked whole first: a bad file changes nothing); replies with what changed. */
  'settings/import': (req: { text: string; mode: ImportMode }) => Result<ImportPlan>;
  /** What each rule removed on each site's recent visits (the rules manager's "may be stale"). */
  'health/get': (req: Record<string, never>) => Result<RuleHealth>;
  /** Adds one rule to a site's own rules (the element picker's Save); an invalid rule is refused. */
  'site/add-rule': (req: { host: string; rule: string }) => Result<SiteSettings>;
  /**
   * "Keep this" in the popup: the page builds a readable exception for the removed block (`where`, `text` from
   * its removal record) and the background adds it, with the block's text, to the site's rules.
   */
  'site/keep': (req: {
    tabId?: number;
    /** `ruleId`: a learned cut (`memory:<print>`) is kept by switching its id off on the site, not by an exception. */
    block: { where: string; text: string; ruleId?: string };
  }) => Result<SiteSettings>;
  /**
   * "Make this a rule" on a learned template block: adds `! reason: <name>` and `host##<selector>` to the site's
   * rules. The selector is the one remembered with the block; when it has none and `tabId`/`where` say where the
   * block is on an open page, the page suggests one (`suggestSelectors`).
   */
  'memory/make-rule': (req: {
    host: string;
    print: string;
    name: string;
    tabId?: number;
    block?: { where: string; text: string };
  }) => Result<{ rule: string; settings: SiteSettings }>;
  /** From the content script after the page is drawn: this page's block prints, for the site memory. */
  'memory/remember': (req: { url: string; prints: BlockPrint[] }) => Result<null>;
  /** The template for a page (auto-clean asks before it opens the reader); null when memory is off there. */
  'memory/template': (req: { url: string }) => Result<MemoryUse | null>;
  /** What Pith learned on every site (the rules manager). */
  'memory/list': (req: Record<string, never>) => Result<SiteMemorySummary[]>;
  /** "Forget what Pith learned here": drops the site's memory; `host` omitted drops every site's. */
  'memory/forget': (req: { host?: string }) => Result<null>;
  /** The global site-memory switch (on by default). */
  'settings/site-memory': (req: { on: boolean }) => Result<StoredSettings>;
  /** Starts the element picker in a tab ("Remove something on this page…"); for a popup button. */
  'picker/start': (req: { tabId?: number }) => Result<null>;
  'reader-prefs/get': (req: Record<string, never>) => Result<ReaderPrefs>;
  'reader-prefs/update': (req: { patch: Partial<ReaderPrefs> }) => Result<ReaderPrefs>;
  /** Saves the article as a file from inside the page (no `downloads` permission needed). */
  'save/in-page': (req: { tabId?: number; format: SaveFormat }) => Result<{ name: string; chars: number }>;
}

/** Handled by the content script in a tab. */
export interface ContentProtocol {
  /** Answers `true` once the script is listening; the background injects the script when this fails. */
  /** `extras`: the reader, picker and saving file has run in the page too (see content/core-bridge.ts). */
  'content/ping': (req: Record<string, never>) => Result<{ extras: boolean }>;
  'content/clean': (
    req: CleanWith & {
      rulesOnly?: boolean;
      /** Leave the comparison's rows for `content/comparison` (`Comparison.rowsPending`). */
      rowsLater?: boolean;
    },
  ) => Result<{
    result: CleanResult;
    comparison: Comparison;
    reasons: ReasonGroup[];
    pageMs: PageMs;
  }>;
  /** The rows of the page's kept report for these settings; fails when there is none (the page changed). */
  'content/comparison': (req: CleanWith & { rulesOnly?: boolean }) => Result<Comparison>;
  /** Which of the report's reasons would change nothing if switched off (cleans the page once per reason). */
  'content/inert-reasons': (req: CleanWith & { rulesOnly?: boolean }) => Result<string[]>;
  'content/reader-open': (
    req: CleanWith & {
      prefs: ReaderPrefs;
      /** Close the reader instead when it is already open (the keyboard shortcut). */
      toggle?: boolean;
    },
  ) => Result<null>;
  'content/reader-close': (req: Record<string, never>) => Result<null>;
  /** Copies inside the page (context menu, shortcut) and shows a toast there. */
  'content/copy': (req: CleanWith & { format: CopyFormat }) => Result<{
    chars: number;
  }>;
  /** The exception that keeps one removed block, from the live page's element (`extension/content/keep-rule.ts`). */
  'content/keep-rule': (req: { host: string; block: { where: string; text: string } }) => Result<{
    rule: string;
    sample: string;
  }>;
  /** A stable selector for one removed block (its record's `where` and `text`), for "Make this a rule". */
  'content/suggest-selector': (req: { block: { where: string; text: string } }) => Result<string>;
  /** Starts the element picker on the page; its Save sends `site/add-rule` for `host`. */
  'content/pick': (req: { host: string }) => Result<null>;
  /** Downloads the article as a Markdown or HTML file from the page, and shows a toast there. */
  'content/save': (req: CleanWith & { format: SaveFormat }) => Result<{
    name: string;
    chars: number;
  }>;
  /** Shows a short notice in the page (shadow-root toast), e.g. for an error after a shortcut. */
  'content/toast': (req: { message: string; kind: 'ok' | 'error' }) => Result<null>;
}

export type MessageName<P> = keyof P & string;
export type RequestOf<P, K extends keyof P> = P[K] extends (req: infer R) => unknown ? R : never;
export type ReplyOf<P, K extends keyof P> = P[K] extends (req: never) => infer R ? R : never;

/** The wire shape: `{ type, payload }`. */
export interface Envelope<P, K extends keyof P & string = keyof P & string> {
  type: K;
  payload: RequestOf<P, K>;
}

/** One handler per message; a missing or misspelt one is a type error. `Ctx` is what the router passes along. */
export type Handlers<P, Ctx = void> = {
  [K in MessageName<P>]: (req: RequestOf<P, K>, ctx: Ctx) => Promise<ReplyOf<P, K>>;
};

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isEnvelope(message: unknown): message is { type: string; payload: unknown } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}

/**
 * Runs the handler a message names. Unknown messages and handler crashes come back as error values, so a caller
 * always gets a `Result`. Returns `undefined` for messages that are not envelopes (someone else's).
 */
export async function dispatch<P, Ctx>(
  handlers: Handlers<P, Ctx>,
  message: unknown,
  ctx: Ctx,
): Promise<Result<unknown> | undefined> {
  if (!isEnvelope(message)) return undefined;
  if (!Object.hasOwn(handlers, message.type)) {
    return fail('bad-message', `Pith does not know the message "${message.type}".`);
  }
  const handler = handlers[message.type as MessageName<P>] as (
    req: unknown,
    ctx: Ctx,
  ) => Promise<Result<unknown>>;
  try {
    return await handler(message.payload ?? {}, ctx);
  } catch (error) {
    return fail('internal', `Pith hit an internal error handling "${message.type}": ${describeError(error)}`);
  }
}

/** Wraps a send so a rejected promise (no receiver, closed port) becomes an error value. */
export async function asResult<T>(
  send: () => Promise<unknown>,
  code: ErrorCode,
  what: string,
): Promise<Result<T>> {
  try {
    const reply = await send();
    if (typeof reply === 'object' && reply !== null && 'ok' in reply) return reply as Result<T>;
    return fail(code, `${what}: no answer.`);
  } catch (error) {
    return fail(code, `${what}: ${describeError(error)}`);
  }
}
