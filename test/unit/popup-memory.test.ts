/**
 * The popup over the site memory, with the engine on a parsed page: after three pages of the ledger fixture site
 * (test/e2e/pages/ledger) are remembered, the fourth page's report shows the learned cuts with their reason;
 * "Keep this" on one switches its `memory:<print>` id off for the site (the block is back in the clean text, undo
 * cuts it again); "Make this a rule" is offered on learned cuts only, disabled with its reason when it cannot act;
 * the reasons list has a switch that cuts kept learned blocks again; a named rule goes first in the site's rules.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPageReport } from '../../extension/content/page-report';
import { KEPT_LEARNED_REASON } from '../../extension/content/reasons';
import { PopupController } from '../../extension/popup/controller';
import type { PopupPorts } from '../../extension/popup/controller';
import { renderCompare } from '../../extension/popup/view/compare-pane';
import { cleanOptionsFor } from '../../extension/shared/clean-options';
import type { MemoryStatus } from '../../extension/shared/messages';
import { addNamedRule, DEFAULT_RULE_REASON } from '../../extension/shared/named-rule';
import type { SiteSettings } from '../../extension/shared/storage';
import { parseRules } from '../../src/rules/parse';
import { cleanHtml, parseDocument } from '../../src/node';
import { emptyMemory, learnedBlocks, remember, templateFor } from '../../src/memory/store';
import type { SiteMemory } from '../../src/memory/store';

const ROOT = resolve(import.meta.dirname, '../..');
const html = (n: number): string => readFileSync(resolve(ROOT, `test/e2e/pages/ledger/${n}.html`), 'utf8');
const url = (n: number): string => `https://ledger.example/e2e/ledger/${n}.html`;
const parse = (text: string): Document => new JSDOM(text).window.document;
const LEARNED = /^Repeats on \d+ pages of this site$/;

function learnThree(): SiteMemory {
  let memory = emptyMemory();
  for (const n of [1, 2, 3]) {
    const result = cleanHtml(html(n), { url: url(n), dom: 'jsdom', collectPrints: true });
    memory = remember(memory, url(n), result.prints ?? [], n);
  }
  return memory;
}

/** The popup's ports over page 4, with the background's part of "Keep this" on a learned cut. */
function page4(memory: SiteMemory) {
  const doc = parseDocument(html(4), url(4), 'jsdom');
  const template = templateFor(memory, url(4));
  let settings: SiteSettings = {};
  const made: Parameters<PopupPorts['makeRule']>[0][] = [];
  const ports: PopupPorts = {
    async report(rulesOnly) {
      const built = buildPageReport(doc, url(4), settings, {
        rulesOnly,
        parse,
        memory: { template, collect: false },
      });
      return { ok: true, value: { tabId: 1, host: 'ledger.example', url: url(4), settings, ...built } };
    },
    async comparison(rulesOnly) {
      const built = buildPageReport(doc, url(4), settings, {
        rulesOnly,
        parse,
        memory: { template, collect: false },
      });
      return { ok: true, value: built.comparison };
    },
    async inertReasons() {
      return { ok: true, value: [] };
    },
    async saveSite(_host, patch) {
      settings = { ...settings, ...patch };
      return { ok: true, value: settings };
    },
    async keepBlock(block) {
      // As the background's keepIn: a learned cut's id is switched off on the site.
      expect(block.ruleId).toMatch(/^memory:/);
      settings = { ...settings, disabledRuleIds: [...(settings.disabledRuleIds ?? []), block.ruleId] };
      return { ok: true, value: settings };
    },
    async makeRule(req) {
      made.push(req);
      return { ok: true, value: { rule: `ledger.example##div.briefing`, settings } };
    },
  };
  return { ports, made, settings: () => settings };
}

beforeAll(() => {
  globalThis.document = new JSDOM('<!doctype html><body></body>').window.document;
});

describe('the popup over the site memory', () => {
  it('shows learned cuts with their reason; "Keep this" brings one back and stays; undo cuts it again', async () => {
    const { ports, settings } = page4(learnThree());
    const c = new PopupController(ports, () => {});
    await c.load();
    const report = c.state.report;
    const learned = report?.result.removed.filter((b) => b.ruleId.startsWith('memory:')) ?? [];
    expect(learned.length).toBeGreaterThanOrEqual(2);
    for (const block of learned) expect(block.reason).toMatch(LEARNED);
    const briefing = report?.result.removed.findIndex((b) => b.text.startsWith('The morning tide')) ?? -1;
    expect(report?.result.removed[briefing]?.ruleId).toMatch(/^memory:/);
    expect(report?.result.text).not.toContain('Every weekday at six');

    const ruleId = report?.result.removed[briefing]?.ruleId ?? '';
    await c.keep(briefing);
    expect(settings().disabledRuleIds).toEqual([ruleId]);
    expect(c.state.report?.result.text).toContain('Every weekday at six');
    expect(c.state.report?.result.removed.some((b) => b.ruleId === ruleId)).toBe(false);
    expect(c.state.status.text).toMatch(/^Kept: Pith no longer cuts this learned block on ledger\.example/);
    // The kept learned block has a switch of its own in the Rules tab, off.
    const kept = c.state.report?.reasons.find((g) => g.reason === KEPT_LEARNED_REASON);
    expect(kept?.ruleIds).toEqual([ruleId]);

    // A second load (the popup reopened) still keeps it.
    await c.load();
    expect(c.state.report?.result.text).toContain('Every weekday at six');

    await c.undo();
    expect(settings().disabledRuleIds).toEqual([]);
    expect(c.state.report?.result.text).not.toContain('Every weekday at six');
  });

  it('"Make this a rule" is on learned cuts only, and says why when it cannot act', async () => {
    const memory = learnThree();
    const { ports, made } = page4(memory);
    const c = new PopupController(ports, () => {});
    await c.load();
    const report = c.state.report;
    if (!report) throw new Error('no report');
    const selectors = new Map(learnedBlocks(memory).map((b) => [`memory:${b.print}`, b]));
    const status: MemoryStatus = {
      globalOn: true,
      siteOn: true,
      pages: 3,
      cut: Object.fromEntries(selectors),
    };
    const compare = document.createElement('div');
    const clicked: number[] = [];
    renderCompare(compare, report.comparison, {
      removed: report.result.removed,
      handlers: { keep: () => {}, switchOff: () => {}, makeRule: (r) => clicked.push(r) },
      pithOn: true,
      memory: status,
    });
    const buttons = [...compare.querySelectorAll<HTMLButtonElement>('button.make-rule')];
    const rows = buttons.map(
      (b) => report.result.removed[Number(b.closest<HTMLElement>('[data-record]')?.dataset.record)],
    );
    expect(rows.length).toBe(report.result.removed.filter((b) => b.ruleId.startsWith('memory:')).length);
    for (const row of rows) expect(row?.ruleId).toMatch(/^memory:/);
    const briefing = buttons.find((b) => b.title.includes('##div.briefing'));
    expect(briefing?.disabled).toBe(false);
    briefing?.click();
    expect(clicked).toHaveLength(1);

    // No remembered selector and the block no longer on the page: disabled, saying why.
    const noSelector: MemoryStatus = { ...status, cut: {} };
    renderCompare(
      compare,
      { ...report.comparison, rows: [], unplaced: report.result.removed.map((_, i) => i) },
      {
        removed: report.result.removed,
        handlers: { keep: () => {}, switchOff: () => {}, makeRule: () => {} },
        pithOn: true,
        memory: noSelector,
      },
    );
    const gone = compare.querySelector<HTMLButtonElement>('button.make-rule');
    expect(gone?.disabled).toBe(true);
    expect(gone?.title).toMatch(/no longer on the page/);

    const record = report.result.removed.findIndex((b) => b.text.startsWith('The morning tide'));
    await c.makeRule(record);
    expect(made[0]).toMatchObject({ host: 'ledger.example', name: 'The morning tide Every weekday at' });
    expect(`memory:${made[0]?.print}`).toBe(report.result.removed[record]?.ruleId);
    expect(c.state.status.text).toBe(
      'Rule "The morning tide Every weekday at" added to ledger.example: ledger.example##div.briefing',
    );
  });

  it("a named rule goes first, keeps the other rules' reasons, and is not added twice", () => {
    const before = 'ledger.example##.promo\n! reason: Polls\nledger.example##.poll';
    const added = addNamedRule(before, 'The morning tide', 'ledger.example##div.briefing');
    if (!added.ok) throw new Error(added.error.message);
    const reasons = Object.fromEntries(
      parseRules(added.value, 'user').rules.map((r) => [r.source, r.reason]),
    );
    expect(reasons).toEqual({
      'ledger.example##div.briefing': 'The morning tide',
      'ledger.example##.promo': DEFAULT_RULE_REASON,
      'ledger.example##.poll': 'Polls',
    });
    // Rules appended after it (the picker's) keep the reason of the list's end, not this name.
    const picked = parseRules(`${added.value}\nledger.example##.late`, 'user').rules.at(-1);
    expect(picked?.reason).toBe('Polls');
    expect(addNamedRule(added.value, 'Again', 'ledger.example##div.briefing')).toEqual(added);
    expect(addNamedRule('', 'Bad', 'ledger.example##div[').ok).toBe(false);
  });

  it('memory off gives the engine neither a template nor a request for prints', () => {
    const template = { blocks: [{ print: 'b1.p1', pages: 3 }] };
    const on = cleanOptionsFor(url(4), {}, { memory: { template, collect: true } });
    expect(on).toMatchObject({ siteTemplate: template, collectPrints: true });
    const off = cleanOptionsFor(url(4), {});
    expect(off.siteTemplate).toBeUndefined();
    expect(off.collectPrints).toBeUndefined();
    // Pith off on the site: no learned cuts either.
    const pithOff = cleanOptionsFor(
      url(4),
      { builtinRules: false },
      {
        memory: { template, collect: true },
      },
    );
    expect(pithOff.siteTemplate).toBeUndefined();
  });
});
