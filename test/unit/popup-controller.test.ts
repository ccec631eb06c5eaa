/** The popup controller's transitions, with the browser replaced by fakes: switch a reason, keep, undo, Pith off. */
import { describe, expect, it } from 'vitest';
import { PopupController } from '../../extension/popup/controller';
import type { PopupPorts } from '../../extension/popup/controller';
import type { Comparison, PageReport, Result } from '../../extension/shared/messages';
import type { SiteSettings } from '../../extension/shared/storage';
import type { CleanResult, RemovedBlock } from '../../src/types';

/** A report on a.example: what a test sets, the rest as every test here has it (no rows, one ms each). */
function reportOf(
  fields: Pick<PageReport, 'result' | 'settings' | 'reasons'> & Partial<PageReport>,
): PageReport {
  return {
    tabId: 1,
    host: 'a.example',
    url: 'https://a.example/',
    comparison: { rows: [], clean: [], emptyCuts: [], unplaced: [] },
    pageMs: { engine: 1, compare: 1 },
    ...fields,
  };
}

/** A page whose clean text depends on the settings the way the engine's does: a switched-off reason brings its block back. */
function fakePage(isArticle = true) {
  let settings: SiteSettings = {};
  const saves: Partial<SiteSettings>[] = [];
  const keeps: { where: string; text: string }[] = [];
  const ad: RemovedBlock = {
    ruleId: 'promos:3',
    reason: 'AI feature promo',
    stage: 'pre-rules',
    text: 'Try Our AI Features',
    where: 'body > div',
    html: '',
  };
  const ports: PopupPorts = {
    async report(): Promise<Result<PageReport>> {
      const off = new Set(settings.disabledRuleIds ?? []);
      const kept = (settings.userRules ?? '').includes('#@#div.promo');
      const cut = settings.builtinRules !== false && !kept && !(off.has('promos:3') && off.has('promos:9'));
      const result = {
        title: 'T',
        text: cut ? 'Body.' : 'Try Our AI Features\n\nBody.',
        isArticle,
        removed: cut ? [ad] : [],
        stats: { wordsBefore: 5, wordsAfter: cut ? 1 : 5 },
      } as unknown as CleanResult;
      const report = reportOf({
        result,
        settings,
        reasons: [
          { reason: 'AI feature promo', count: cut ? 1 : 0, ruleIds: ['promos:3', 'promos:9'], sources: [] },
        ],
      });
      return { ok: true, value: report };
    },
    async comparison() {
      return { ok: true, value: { rows: [], clean: [], emptyCuts: [], unplaced: [] } };
    },
    async inertReasons() {
      return { ok: true, value: [] };
    },
    async saveSite(_host, patch) {
      saves.push(patch);
      settings = { ...settings, ...patch };
      return { ok: true, value: settings };
    },
    async keepBlock(block) {
      keeps.push(block);
      settings = { ...settings, userRules: 'a.example#@#div.promo' };
      return { ok: true, value: settings };
    },
    async makeRule() {
      return { ok: false, error: { code: 'internal', message: 'no learned cut on this page' } };
    },
  };
  return { ports, saves, keeps };
}

describe('popup controller', () => {
  it('switches every rule with a reason off, says the block is back, and undo restores the settings', async () => {
    const { ports, saves } = fakePage();
    const c = new PopupController(ports, () => {});
    await c.load();
    expect(c.state.phase).toBe('ready');
    await c.setReason('AI feature promo', false);
    expect(saves.at(-1)).toEqual({ disabledRuleIds: ['promos:3', 'promos:9'] });
    expect(c.state.report?.result.text).toContain('Try Our AI Features');
    expect(c.state.status.text).toBe('"AI feature promo" is off on this site: its blocks are back.');
    await c.undo();
    expect(saves.at(-1)).toEqual({ disabledRuleIds: [] });
    expect(c.state.report?.result.text).not.toContain('Try Our AI Features');
    expect(c.state.undo).toBeNull();
  });

  it('keeps one block by asking the page for its exception, and undo restores the rules', async () => {
    const { ports, saves, keeps } = fakePage();
    const c = new PopupController(ports, () => {});
    await c.load();
    await c.keep(0);
    expect(keeps).toEqual([{ where: 'body > div', text: 'Try Our AI Features', ruleId: 'promos:3' }]);
    expect(c.state.status.text).toBe('Kept "AI feature promo" on a.example.');
    expect(c.state.undo).toMatchObject({ kind: 'userRules', previous: '' });
    await c.undo();
    expect(saves.at(-1)).toEqual({ userRules: '' });
    expect(c.state.report?.result.text).not.toContain('Try Our AI Features');
  });

  it('says why when the page cannot build the exception, and changes nothing', async () => {
    const { ports } = fakePage();
    ports.keepBlock = async () => ({
      ok: false,
      error: { code: 'content-script-failed', message: 'This block is no longer on the page.' },
    });
    const c = new PopupController(ports, () => {});
    await c.load();
    await c.keep(0);
    expect(c.state.status).toEqual({ text: 'This block is no longer on the page.', kind: 'error' });
    expect(c.state.undo).toBeNull();
  });

  it('"Clean this site" off saves builtinRules: false and says Pith adds nothing here', async () => {
    const { ports, saves } = fakePage();
    const c = new PopupController(ports, () => {});
    await c.load();
    await c.setCleanSite(false);
    expect(saves.at(-1)).toEqual({ builtinRules: false });
    expect(c.state.report?.result.removed).toEqual([]);
    expect(c.state.status.text).toMatch(/^Pith is off on a\.example: no rules, no heuristics/);
    await c.undo();
    expect(saves.at(-1)).toEqual({ builtinRules: true });
  });

  it('a page that is not an article waits for "Clean anyway", then shows the rules-only result', async () => {
    const { ports } = fakePage(false);
    const phases: string[] = [];
    const c = new PopupController(ports, (s) => phases.push(s.phase));
    await c.load();
    expect(c.state.phase).toBe('not-article');
    await c.cleanAnyway();
    expect(c.state.phase).toBe('ready');
    expect(c.state.rulesOnly).toBe(true);
    // The last change: the page's check of the switches arrived.
    expect(phases).toEqual(['loading', 'not-article', 'loading', 'ready', 'ready']);
    expect(c.state.inert).toEqual([]);
  });

  it('a failed load says which kind of failure', async () => {
    const c = new PopupController(
      {
        report: async () => ({ ok: false, error: { code: 'restricted-page', message: 'a browser page' } }),
        comparison: async () => ({
          ok: false,
          error: { code: 'restricted-page', message: 'a browser page' },
        }),
        inertReasons: async () => ({ ok: true, value: [] }),
        saveSite: async () => ({ ok: true, value: {} }),
        keepBlock: async () => ({ ok: true, value: {} }),
        makeRule: async () => ({ ok: false, error: { code: 'internal', message: 'no page' } }),
      },
      () => {},
    );
    await c.load();
    expect(c.state).toMatchObject({ phase: 'restricted', failure: 'a browser page', report: null });
  });
});

describe('two quick switches', () => {
  /** Two reasons; each save takes a moment, as a message to the background does. */
  function slowTwoReasonPage() {
    let settings: SiteSettings = {};
    const ports: PopupPorts = {
      async report(): Promise<Result<PageReport>> {
        const off = new Set(settings.disabledRuleIds ?? []);
        const result = {
          title: 'T',
          text: [off.has('share:1') ? 'Share' : '', off.has('promos:1') ? 'Promo' : '', 'Body.'].join('\n'),
          isArticle: true,
          removed: [],
          stats: { wordsBefore: 3, wordsAfter: 1 },
        } as unknown as CleanResult;
        const reasons = [
          { reason: 'Share buttons', count: 1, ruleIds: ['share:1'], sources: [] },
          { reason: 'Promo', count: 1, ruleIds: ['promos:1'], sources: [] },
        ];
        return { ok: true, value: reportOf({ result, settings, reasons }) };
      },
      async comparison() {
        return { ok: true, value: { rows: [], clean: [], emptyCuts: [], unplaced: [] } };
      },
      async inertReasons() {
        return { ok: true, value: [] };
      },
      async saveSite(_host, patch) {
        await new Promise((done) => setTimeout(done, 20));
        settings = { ...settings, ...patch };
        return { ok: true, value: settings };
      },
      async keepBlock() {
        return { ok: true, value: settings };
      },
      async makeRule() {
        return { ok: false, error: { code: 'internal', message: 'not used here' } };
      },
    };
    return { ports, settings: () => settings };
  }

  it('the second click, made while the first is being saved, does not write the first away', async () => {
    const page = slowTwoReasonPage();
    const c = new PopupController(page.ports, () => {});
    await c.load();
    // Not awaited in between, as two clicks on the switches are.
    await Promise.all([c.setReason('Share buttons', false), c.setReason('Promo', false)]);
    expect(page.settings().disabledRuleIds).toEqual(['promos:1', 'share:1']);
    expect(c.state.report?.settings.disabledRuleIds).toEqual(['promos:1', 'share:1']);
  });
});

describe('a first report without its rows', () => {
  /** The popup's first open: the report comes with the clean text only, the rows are asked for after. */
  function pageWithRowsLater(rowsAnswer: () => Result<Comparison>) {
    const asked: string[] = [];
    const clean = [{ text: 'Body.', heading: false }];
    const rows: Comparison = {
      rows: [{ kind: 'kept', text: 'Body.', heading: false }],
      clean: [],
      emptyCuts: [],
      unplaced: [],
    };
    let reports = 0;
    const ports: PopupPorts = {
      async report(): Promise<Result<PageReport>> {
        reports++;
        asked.push(`report ${reports}`);
        const first = reports === 1;
        return {
          ok: true,
          value: reportOf({
            result: { title: 'T', text: 'Body.', isArticle: true, removed: [] } as unknown as CleanResult,
            settings: {},
            comparison: first ? { rows: [], clean, emptyCuts: [], unplaced: [], rowsPending: true } : rows,
            reasons: [],
          }),
        };
      },
      async comparison() {
        asked.push('rows');
        return rowsAnswer();
      },
      async inertReasons() {
        asked.push('switches');
        return { ok: true, value: [] };
      },
      saveSite: async () => ({ ok: true, value: {} }),
      keepBlock: async () => ({ ok: true, value: {} }),
      makeRule: async () => ({ ok: false, error: { code: 'internal', message: 'not used here' } }),
    };
    return { ports, asked, clean, rows };
  }

  it('is drawn with the clean text, then gains the rows (same clean blocks), then the switches are checked', async () => {
    const page = pageWithRowsLater(() => ({ ok: true, value: page.rows }));
    const drawn: { pending: boolean; rows: number; clean: unknown }[] = [];
    const c = new PopupController(page.ports, (s) => {
      if (s.report)
        drawn.push({
          pending: s.report.comparison.rowsPending === true,
          rows: s.report.comparison.rows.length,
          clean: s.report.comparison.clean,
        });
    });
    await c.load();
    await c.switchesChecked;
    expect(page.asked).toEqual(['report 1', 'rows', 'switches']);
    expect(drawn.map(({ pending, rows }) => ({ pending, rows }))).toEqual([
      { pending: true, rows: 0 },
      { pending: false, rows: 1 },
      { pending: false, rows: 1 },
    ]);
    // The clean text drawn first is not redrawn when the rows come.
    expect(drawn.every((d) => d.clean === page.clean)).toBe(true);
    expect(c.state.inert).toEqual([]);
  });

  it('asks for the whole report again when the page changed before the rows were built', async () => {
    const page = pageWithRowsLater(() => ({
      ok: false,
      error: { code: 'internal', message: 'The page changed since Pith read it; Pith reads it again.' },
    }));
    const c = new PopupController(page.ports, () => {});
    await c.load();
    await c.switchesChecked;
    expect(page.asked).toEqual(['report 1', 'rows', 'report 2', 'switches']);
    expect(c.state.report?.comparison.rows).toHaveLength(1);
    expect(c.state.report?.comparison.rowsPending).toBeUndefined();
  });
});
