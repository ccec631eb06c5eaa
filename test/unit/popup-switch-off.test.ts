/**
 * Every switch in the popup does something (issue 8): over every fixture page, the popup's controller is loaded
 * with the report the content script builds (`buildPageReport`, the engine on the parsed page), the rules list
 * and the comparison are drawn, and each control is used as a user would:
 * - each reason's switch, unticked, goes through the controller's `setReason` to the site settings (the same
 *   path as in the popup) and the page is reported again: the clean text must change, or the switch must be
 *   disabled with the reason shown next to it;
 * - each "Keep all like this" button on a cut block is enabled only for a reason whose switch works;
 * - every rule and heuristic that fired is behind exactly one reason's switch.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPageReport } from '../../extension/content/page-report';
import { inertReasons } from '../../extension/content/reason-effects';
import { PopupController } from '../../extension/popup/controller';
import type { PopupPorts } from '../../extension/popup/controller';
import { renderCompare } from '../../extension/popup/view/compare-pane';
import { markInertSwitches, renderRules } from '../../extension/popup/view/rules-list';
import { hostKey } from '../../extension/shared/clean-options';
import type { SiteSettings } from '../../extension/shared/storage';
import { parseDocument } from '../../src/node';
import { loadFixturePages } from '../fixtures/fixture-pages';

interface Page {
  name: string;
  html: string;
  url: string;
}

const ROOT = resolve(import.meta.dirname, '../..');
/** The hand-made fixture pages, the demo page and the e2e pages: all the seed-like pages the project has. */
const pages: Page[] = [
  ...loadFixturePages().map((p) => ({
    name: p.name,
    html: p.html,
    url: p.expect.url || 'https://fixture.example/',
  })),
  ...['examples', 'test/e2e/pages'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({
        name: `${dir}/${f}`,
        html: readFileSync(join(ROOT, dir, f), 'utf8'),
        url: `https://${f.replace(/\.html$/, '')}.example/news/story`,
      })),
  ),
];

const parse = (html: string): Document => new JSDOM(html).window.document;

beforeAll(() => {
  // The views build elements with the global `document`, as they do in the popup.
  globalThis.document = new JSDOM('<!doctype html><body></body>').window.document;
});

/** The popup's two ports over one parsed page: the content script's report and the background's settings store. */
function pagePorts(page: Page, checkSwitches = true): PopupPorts {
  const doc = parseDocument(page.html, page.url, 'linkedom');
  let settings: SiteSettings = {};
  return {
    async report(rulesOnly) {
      const built = buildPageReport(doc, page.url, settings, { rulesOnly, parse });
      return {
        ok: true,
        value: { tabId: 1, host: hostKey(page.url), url: page.url, settings, ...built },
      };
    },
    async comparison(rulesOnly) {
      const built = buildPageReport(doc, page.url, settings, { rulesOnly, parse });
      return { ok: true, value: built.comparison };
    },
    async inertReasons(rulesOnly) {
      if (!checkSwitches) return { ok: true, value: [] };
      const built = buildPageReport(doc, page.url, settings, { rulesOnly, parse });
      return {
        ok: true,
        value: inertReasons(doc, page.url, settings, { rulesOnly }, built),
      };
    },
    async saveSite(_host, patch) {
      settings = { ...settings, ...patch };
      return { ok: true, value: settings };
    },
    // "Keep this" is not a switch: this test never presses it.
    async keepBlock() {
      throw new Error('keepBlock is not used by the switch-off test');
    },
    async makeRule() {
      throw new Error('makeRule is not used by the switch-off test');
    },
  };
}

/** The rules list as drawn for the controller's state; `act` receives the list's own calls. */
function drawRules(c: PopupController, act: (reason: string, on: boolean) => void): HTMLElement {
  const report = c.state.report;
  if (!report) throw new Error('no report');
  const el = document.createElement('div');
  renderRules(
    el,
    report.reasons,
    report.settings.disabledRuleIds ?? [],
    report.result.removed.filter((b) => b.ruleId.startsWith('readability:')).length,
    null,
    { setReason: act, show: () => {} },
    c.state.inert ? new Set(c.state.inert) : null,
  );
  return el;
}

/** Why a disabled control is disabled, as the user sees it: its title, or the text beside it. */
function shownReason(toggle: HTMLInputElement): string {
  const item = toggle.closest('li');
  return [toggle.title, toggle.closest('label')?.title ?? '', item?.querySelector('.why-off')?.textContent]
    .join(' ')
    .trim();
}

const tally: { page: string; working: number; disabled: number }[] = [];

afterAll(() => {
  const sum = (k: 'working' | 'disabled') => tally.reduce((n, t) => n + t[k], 0);
  console.log(`switches: ${sum('working')} change the clean text, ${sum('disabled')} disabled with a reason`);
});

describe('every switch in the popup changes the clean text, or is disabled and says why', () => {
  it.each(pages.map((p) => [p.name, p] as const))('%s', async (_name, page) => {
    const first = new PopupController(pagePorts(page), () => {});
    await first.load();
    // A page that is not an article: the switches act on "Clean anyway"'s result.
    if (first.state.phase === 'not-article') await first.cleanAnyway();
    await first.switchesChecked;
    const report = first.state.report;
    if (!report) throw new Error(first.state.failure);
    const rulesOnly = first.state.rulesOnly;
    const list = drawRules(first, () => {});
    // The check arrives after the list is drawn: marked in place, it gives the same switches as drawn with it.
    const late = document.createElement('div');
    renderRules(late, report.reasons, report.settings.disabledRuleIds ?? [], 0, null, {
      setReason: () => {},
      show: () => {},
    });
    markInertSwitches(late, new Set(first.state.inert ?? []));
    const states = (el: HTMLElement) =>
      [...el.querySelectorAll<HTMLInputElement>('input.rule-toggle')].map((i) => [
        i.dataset.reason,
        i.disabled,
      ]);
    expect(states(late)).toEqual(states(list));

    // Every rule and heuristic that fired is behind one switch.
    for (const block of report.result.removed) {
      if (block.ruleId.startsWith('readability:')) continue;
      const holders = report.reasons.filter((g) => g.ruleIds.includes(block.ruleId));
      expect(
        holders.map((g) => g.reason),
        block.ruleId,
      ).toEqual([block.reason]);
    }

    const working = new Set<string>();
    for (const toggle of list.querySelectorAll<HTMLInputElement>('input.rule-toggle')) {
      const reason = toggle.dataset.reason ?? '';
      if (!toggle.checked) continue;
      if (toggle.disabled) {
        expect(shownReason(toggle), `"${reason}" is disabled without a reason`).not.toBe('');
        continue;
      }
      // A fresh popup on the same page, the user unticks the switch.
      const c = new PopupController(pagePorts(page, false), () => {});
      await c.load({ rulesOnly });
      let acted: Promise<void> | undefined;
      const own = drawRules(c, (r, on) => {
        acted = c.setReason(r, on);
      });
      const input = own.querySelector<HTMLInputElement>(
        `input.rule-toggle[data-reason="${CSS.escape(reason)}"]`,
      );
      if (!input) throw new Error(`no switch for "${reason}"`);
      input.checked = false;
      input.dispatchEvent(
        new (input.ownerDocument.defaultView as Window & typeof globalThis).Event('change'),
      );
      await acted;
      expect(c.state.report?.settings.disabledRuleIds, reason).toEqual(
        expect.arrayContaining(report.reasons.find((g) => g.reason === reason)?.ruleIds ?? []),
      );
      expect(c.state.report?.result.text, `switching "${reason}" off changed nothing`).not.toBe(
        report.result.text,
      );
      working.add(reason);
    }

    // Not a product that disables every switch: a reason that cut inside the article (after Readability) is one
    // Readability cannot leave out, so its switch brings text back.
    const inArticle = report.result.removed.filter((b) => b.stage === 'post-rules').map((b) => b.reason);
    if (inArticle.length > 0)
      expect([...working], `post-rules reasons: ${inArticle.join(', ')}`).not.toEqual([]);
    tally.push({ page: page.name, working: working.size, disabled: report.reasons.length - working.size });

    // "Keep all like this" on a cut block: only where switching its reason off works.
    const compare = document.createElement('div');
    renderCompare(compare, report.comparison, {
      removed: report.result.removed,
      handlers: { keep: () => {}, switchOff: () => {}, makeRule: () => {} },
      pithOn: true,
      inert: new Set(first.state.inert ?? []),
    });
    for (const button of compare.querySelectorAll<HTMLButtonElement>('button.keep-all')) {
      const record =
        report.result.removed[Number(button.closest<HTMLElement>('[data-record]')?.dataset.record)];
      if (!button.disabled) expect(working.has(record?.reason ?? ''), record?.reason).toBe(true);
      else expect(button.title).not.toBe('');
    }
  });
});

// `CSS.escape` for jsdom-less Node: reasons are plain sentences, but quotes must not break the selector.
const CSS = { escape: (s: string) => s.replace(/["\\]/g, '\\$&') };
