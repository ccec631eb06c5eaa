/**
 * The content script comes in two files, so that the popup's first open injects only what its report needs:
 * `on-demand.ts` (the engine, the report, copy, "Keep this") and `extras.ts` (the reader view, the element picker,
 * saving a file: a third of the code, DOMPurify among it), which the background injects when one of those is
 * asked for. Both run in the page's isolated world for the extension, and each bundles its own copy of the modules
 * it imports: the extras reach the core's engine and its kept report through this one object on `globalThis`,
 * never through a second copy of the engine. The key is a symbol: a string name would be shadowed by the page's
 * `<img id=…>` (window named properties reach isolated worlds too).
 */
import type { CleanResult } from '../../src/types';
import type { GlobalRules } from '../shared/clean-options';
import type { ContentProtocol, Handlers, MemoryUse, Result } from '../shared/messages';
import type { SiteSettings } from '../shared/storage';

/** The messages the extras file handles. */
export type ExtraMessage = 'content/reader-open' | 'content/reader-close' | 'content/pick' | 'content/save';
export type ExtraHandlers = Pick<Handlers<ContentProtocol>, ExtraMessage>;

/** The article for the reader, a copy or a saved file (the not-an-article fallback included). */
export type ArticleOf = (
  settings: SiteSettings,
  global: GlobalRules,
  memory?: MemoryUse,
) => Result<CleanResult>;

export interface PageCore {
  articleOf: ArticleOf;
  /** Drops the popup's kept report (a rule was saved from inside the page). */
  forgetReport(): void;
  /** The extras' handlers once that file has run in the page; null before. */
  extras: ExtraHandlers | null;
}

const KEY = Symbol.for('pith.contentCore');
type Scope = typeof globalThis & { [KEY]?: PageCore };

export function publishCore(core: PageCore): void {
  (globalThis as Scope)[KEY] = core;
}

/** The core already running in this page (a second injection finds it and does nothing). */
export function pageCore(): PageCore | undefined {
  return (globalThis as Scope)[KEY];
}
