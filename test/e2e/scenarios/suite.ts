/**
 * The one list of end-to-end scenarios, run by every browser driver (chromium.e2e.ts, firefox.e2e.ts).
 * A scenario that a browser cannot run says why, and is reported as skipped with that reason.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { contentScriptMatchesEngine, injectingTwiceIsHarmless } from './clean';
import { hostileCorpusIsInert } from './hostile';
import type { ScenarioContext } from './context';
import { popupCopies } from './copy';
import { menusAndShortcutsMatchPopup } from './menus-and-shortcuts';
import { optionsPageWorks } from './options';
import { packSwitchStopsItsRules } from './packs';
import { pickerRecleansTheReader, pickerSavesARule } from './picker';
import { popupShowsCutsAndSwitches, popupStates } from './popup';
import { readerOpensThemesAndRestores } from './reader';
import {
  readerListensAndStops,
  readerPrintsTheArticleAlone,
  readerSavesMarkdown,
  readerSavesSelfContainedHtml,
  readerToolScreens,
} from './reader-tools';
import { restrictedPageIsRefused } from './restricted';
import { siteSettingsPersist } from './site-settings';

export type BrowserName = 'chromium' | 'firefox';

export interface Scenario {
  name: string;
  run(ctx: ScenarioContext, browser: BrowserName): Promise<void>;
  /** Why this browser cannot run it, or null. */
  skip?(browser: BrowserName): string | null;
  /** For scenarios longer than the default 60 s test timeout. */
  timeoutMs?: number;
}

const WIRE_FIXTURE = '/fixtures/wire--syndicated-river-talks.html';
const wireFixtureExists = existsSync(
  resolve(import.meta.dirname, '../../fixtures/pages', WIRE_FIXTURE.split('/').pop() ?? ''),
);

/** A browser page the extension may not read. WebDriver may open no about: page but about:blank in Firefox. */
const browserPage = (browser: BrowserName): string =>
  browser === 'firefox' ? 'about:blank' : 'chrome://version/';

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'content script result equals the engine on the same HTML',
    run: async (ctx) => {
      await contentScriptMatchesEngine(ctx);
    },
  },
  {
    name: 'content script result equals the engine on a fixture page',
    run: async (ctx) => {
      await contentScriptMatchesEngine(ctx, WIRE_FIXTURE);
    },
    skip: () => (wireFixtureExists ? null : 'the wire fixture page is missing'),
  },
  { name: 'injecting the content script twice is harmless', run: (ctx) => injectingTwiceIsHarmless(ctx) },
  {
    name: 'reader view opens without clutter, switches theme, and closing restores DOM and scroll',
    run: async (ctx) => {
      expect(await readerOpensThemesAndRestores(ctx)).toHaveLength(3);
    },
  },
  {
    name: 'printing with the reader open prints the article alone, over pages, without the page',
    run: async (ctx) => {
      console.log(`reader print: ${await readerPrintsTheArticleAlone(ctx)} PDF pages`);
    },
  },
  { name: 'the reader saves Markdown equal to the golden file', run: (ctx) => readerSavesMarkdown(ctx) },
  {
    name: 'the reader saves a web page with its fetchable images inside and says which still link to the web',
    run: (ctx) => readerSavesSelfContainedHtml(ctx),
  },
  {
    name: 'the reader reads aloud paragraph by paragraph and closing it stops the speech',
    run: (ctx) => readerListensAndStops(ctx),
  },
  {
    name: 'reader toolbar and code/table/figure screenshots in each theme',
    run: async (ctx) => {
      expect(await readerToolScreens(ctx)).toHaveLength(4);
    },
  },
  { name: 'popup copies plain text, Markdown, and title + link', run: (ctx) => popupCopies(ctx) },
  {
    name: 'popup: both sides and the cuts; a rule switch and "Keep this" change the text; copy works',
    run: async (ctx) => {
      const renderMs = await popupShowsCutsAndSwitches(ctx);
      console.log(`popup: first paint of clean text ${renderMs} ms after script start`);
    },
  },
  {
    name: 'popup states: not an article, a browser page, a closed tab each say what to do',
    run: (ctx, browser) => popupStates(ctx, browserPage(browser)),
  },
  {
    name: 'context menu and shortcut handlers give the same results',
    run: (ctx) => menusAndShortcutsMatchPopup(ctx),
  },
  {
    name: 'a per-site setting survives reload and restart; auto-clean opens the reader',
    run: (ctx) => siteSettingsPersist(ctx),
  },
  {
    name: 'options page: rule errors, a rule applied, rules by name, import preview with merge and replace, quick toggles',
    run: (ctx) => optionsPageWorks(ctx),
  },
  {
    name: 'element picker: pick, go to the parent, save; the block is cut after a reload; Esc leaves no trace',
    run: (ctx) => pickerSavesARule(ctx),
  },
  {
    name: 'element picker over the open reader: Esc brings it back, Save re-cleans it and the popup report',
    run: (ctx) => pickerRecleansTheReader(ctx),
  },
  {
    name: 'a built-in pack switched off in the options page stops its rules and its popup switches',
    run: (ctx) => packSwitchStopsItsRules(ctx),
  },
  {
    name: 'hostile pages: no payload runs in the reader, popup, options page or previewed Markdown',
    timeoutMs: 600_000,
    run: async (ctx) => {
      const report = await hostileCorpusIsInert(ctx);
      console.log(
        `hostile corpus: ${report.pages} pages, ${report.elements} reader elements audited, ${report.hits.length} payload reports; refused: ${JSON.stringify(report.refused)}`,
      );
      expect(report.readerFailures).toEqual([]);
      expect(report.problems).toEqual([]);
      expect(report.hits).toEqual([]);
    },
  },
  {
    name: 'a browser page gives the restricted-page error',
    run: (ctx, browser) => restrictedPageIsRefused(ctx, browserPage(browser)),
  },
];
