/**
 * The popup's state and its transitions (load, switch a reason, keep a block, undo, "Clean this site", "Clean
 * anyway"), with the browser behind two ports so unit tests drive it with fakes. Views draw `PopupState`; they
 * never change it except through these methods.
 */
import type { Comparison, PageReport, Result } from '../shared/messages';
import { ruleNameFrom } from '../shared/named-rule';
import type { SiteSettings } from '../shared/storage';
import { isOn } from '../shared/storage';

export type Phase = 'loading' | 'ready' | 'not-article' | 'restricted' | 'error';

export type Undo =
  | { kind: 'userRules'; previous: string; label: string }
  | { kind: 'disabledRuleIds'; previous: string[]; label: string }
  | { kind: 'builtinRules'; previous: boolean; label: string };

export interface PopupState {
  phase: Phase;
  report: PageReport | null;
  /** "Clean anyway" on a page that is not an article: the rules' cuts over the whole page. */
  rulesOnly: boolean;
  /** One line saying what just happened (or went wrong), and whether it is an error. */
  status: { text: string; kind: 'ok' | 'error' | '' };
  /** The last change, which "Undo" reverts. */
  undo: Undo | null;
  /** Why the page cannot be shown (restricted, error): the browser's or Pith's sentence. */
  failure: string;
  /**
   * Reasons whose switch would not change the clean text on this page (their switches are disabled, saying
   * so); null until the page has checked, which it does after the report is drawn.
   */
  inert: readonly string[] | null;
}

export interface PopupPorts {
  report(rulesOnly: boolean): Promise<Result<PageReport>>;
  /** The rows of a report that came without them (`Comparison.rowsPending`); fails when the page changed since. */
  comparison(rulesOnly: boolean): Promise<Result<Comparison>>;
  inertReasons(rulesOnly: boolean): Promise<Result<string[]>>;
  saveSite(host: string, patch: Partial<SiteSettings>): Promise<Result<SiteSettings>>;
  /**
   * "Keep this": the page builds a readable exception for the block and the background saves it; a learned cut
   * (`ruleId` `memory:<print>`) has its id switched off on the site instead.
   */
  keepBlock(block: { where: string; text: string; ruleId: string }): Promise<Result<SiteSettings>>;
  /** "Make this a rule" on a learned cut: a named site rule from the block's selector. */
  makeRule(req: {
    host: string;
    print: string;
    name: string;
    block: { where: string; text: string };
  }): Promise<Result<{ rule: string; settings: SiteSettings }>>;
}

export function initialState(): PopupState {
  return {
    phase: 'loading',
    report: null,
    rulesOnly: false,
    status: { text: '', kind: '' },
    undo: null,
    failure: '',
    inert: null,
  };
}

export class PopupController {
  state: PopupState = initialState();
  /** Settles when the switches of the last report drawn have been checked (see `PopupState.inert`). */
  switchesChecked: Promise<void> = Promise.resolve();

  /**
   * The last change still running. Changes run one after another, each on the report the previous one reloaded:
   * a second switch clicked while the first is being saved would otherwise compute its settings from the old
   * report and write the first one's change away (two quick toggles, issue 10).
   */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ports: PopupPorts,
    /** Called after every change of state, to redraw. */
    private readonly changed: (state: PopupState) => void,
  ) {}

  private set(patch: Partial<PopupState>): void {
    this.state = { ...this.state, ...patch };
    this.changed(this.state);
  }

  private serial(change: () => Promise<void>): Promise<void> {
    const run = this.queue.then(change);
    this.queue = run.catch(() => undefined);
    return run;
  }

  say(text: string, kind: PopupState['status']['kind'] = '', undo: Undo | null = null): void {
    this.set({ status: { text, kind }, undo });
  }

  /** Asks the page for its report; on failure the state says which kind of failure. */
  async load(options: { rulesOnly?: boolean; quiet?: boolean } = {}): Promise<boolean> {
    const rulesOnly = options.rulesOnly ?? this.state.rulesOnly;
    if (!options.quiet) this.set({ phase: 'loading', rulesOnly });
    const report = await this.ports.report(rulesOnly);
    if (!report.ok) {
      const { code, message } = report.error;
      this.set({
        phase: code === 'restricted-page' ? 'restricted' : 'error',
        report: null,
        failure: message,
        rulesOnly,
      });
      return false;
    }
    const isArticle = report.value.result.isArticle;
    const phase = isArticle || rulesOnly ? 'ready' : 'not-article';
    this.set({ phase, report: report.value, rulesOnly, inert: null });
    const shown = await this.withRows(report.value, rulesOnly);
    if (shown === null) return this.load({ rulesOnly, quiet: true });
    if (phase === 'ready' && shown === this.state.report)
      this.switchesChecked = this.checkSwitches(shown, rulesOnly);
    return true;
  }

  /**
   * The report with its comparison's rows: asked for when it came without them (drawn meanwhile with the clean
   * text alone), before the switches are checked, which cleans the page once per reason. Null: the page changed
   * since its report, which is then asked for again as a whole.
   */
  private async withRows(report: PageReport, rulesOnly: boolean): Promise<PageReport | null> {
    if (!report.comparison.rowsPending) return report;
    const rows = await this.ports.comparison(rulesOnly);
    if (this.state.report !== report) return report;
    if (!rows.ok) return null;
    // The same clean blocks: the clean text already drawn stays as it is.
    const whole = { ...report, comparison: { ...rows.value, clean: report.comparison.clean } };
    this.set({ report: whole });
    return whole;
  }

  /** Asks the page which switches would change nothing, once the report is drawn; ignored if it is outdated. */
  private async checkSwitches(report: PageReport, rulesOnly: boolean): Promise<void> {
    const inert = await this.ports.inertReasons(rulesOnly);
    if (this.state.report !== report) return;
    // Unknown (the page could not check): the switches stay as they are, and a switch that does nothing says so.
    this.set({ inert: inert.ok ? inert.value : [] });
  }

  private async save(patch: Partial<SiteSettings>): Promise<boolean> {
    const host = this.state.report?.host ?? '';
    const saved = await this.ports.saveSite(host, patch);
    if (!saved.ok) {
      this.say(saved.error.message, 'error');
      return false;
    }
    return true;
  }

  /** Switches every rule and heuristic with this reason off (or on) on this site, then says what changed. */
  setReason(reason: string, enabled: boolean): Promise<void> {
    return this.serial(() => this.setReasonNow(reason, enabled));
  }

  private async setReasonNow(reason: string, enabled: boolean): Promise<void> {
    const report = this.state.report;
    const group = report?.reasons.find((g) => g.reason === reason);
    if (!report || !group) return;
    const previous = report.settings.disabledRuleIds ?? [];
    const next = new Set(previous);
    for (const id of group.ruleIds) {
      if (enabled) next.delete(id);
      else next.add(id);
    }
    if (!(await this.save({ disabledRuleIds: [...next].sort() }))) return;
    const before = report.result.text;
    if (!(await this.load({ quiet: true }))) return;
    const after = this.state.report?.result.text;
    const undo: Undo = { kind: 'disabledRuleIds', previous: [...previous], label: reason };
    if (before === after) {
      this.say(
        `"${reason}" is ${enabled ? 'on' : 'off'} on this site; the clean text did not change.`,
        'ok',
        undo,
      );
    } else {
      this.say(
        enabled
          ? `"${reason}" is on again on this site.`
          : `"${reason}" is off on this site: its blocks are back.`,
        'ok',
        undo,
      );
    }
  }

  /** "Keep this": a site exception for the block (built from the live page); says whether the block came back. */
  keep(record: number): Promise<void> {
    return this.serial(() => this.keepNow(record));
  }

  private async keepNow(record: number): Promise<void> {
    const report = this.state.report;
    const block = report?.result.removed[record];
    if (!report || !block) return;
    const learned = block.ruleId.startsWith('memory:');
    const previous = report.settings.userRules ?? '';
    const previousOff = [...(report.settings.disabledRuleIds ?? [])];
    const saved = await this.ports.keepBlock({ where: block.where, text: block.text, ruleId: block.ruleId });
    if (!saved.ok) return this.say(saved.error.message, 'error');
    if (!(await this.load({ quiet: true }))) return;
    const undo: Undo = learned
      ? { kind: 'disabledRuleIds', previous: previousOff, label: block.reason }
      : { kind: 'userRules', previous, label: block.reason };
    if (learned) {
      const again = this.state.report?.result.removed.find((b) => b.where === block.where);
      this.say(
        again?.stage === 'readability'
          ? `Pith no longer cuts this learned block on ${report.host}, but Readability leaves it out of the article.`
          : `Kept: Pith no longer cuts this learned block on ${report.host}.`,
        'ok',
        undo,
      );
      return;
    }
    const still = this.state.report?.result.removed.find((b) => b.where === block.where);
    if (!still) this.say(`Kept "${block.reason}" on ${report.host}.`, 'ok', undo);
    else if (still.stage === 'readability')
      this.say(
        `Kept from "${block.reason}", but Readability still leaves this block out of the article.`,
        'ok',
        undo,
      );
    else
      this.say(
        `Pith could not keep this block with a site exception; switch "${block.reason}" off instead.`,
        'error',
        undo,
      );
  }

  /**
   * "Make this a rule" on a learned cut: `! reason: <name>` and `host##<selector>` in the site's rules, the name
   * from the start of the block's text. The memory keeps cutting it too until the user keeps it.
   */
  async makeRule(record: number): Promise<void> {
    const report = this.state.report;
    const block = report?.result.removed[record];
    if (!report || !block?.ruleId.startsWith('memory:')) return;
    const previous = report.settings.userRules ?? '';
    const firstWords = (block.text.split(/[.!?\n]/)[0] ?? '').trim().split(/\s+/).slice(0, 6).join(' ');
    const name = ruleNameFrom(firstWords, 'Site template block');
    const made = await this.ports.makeRule({
      host: report.host,
      print: block.ruleId.slice('memory:'.length),
      name,
      block: { where: block.where, text: block.text },
    });
    if (!made.ok) return this.say(made.error.message, 'error');
    if (!(await this.load({ quiet: true }))) return;
    this.say(`Rule "${name}" added to ${report.host}: ${made.value.rule}`, 'ok', {
      kind: 'userRules',
      previous,
      label: name,
    });
  }

  /** The site's memory switch: off, Pith neither learns nor cuts learned blocks here. */
  async setMemory(on: boolean): Promise<void> {
    const report = this.state.report;
    if (!report) return;
    // `true`, not `undefined`: a message drops undefined fields, so "back to the default" would change nothing.
    if (!(await this.save({ memory: on }))) return;
    if (!(await this.load({ quiet: true }))) return;
    this.say(
      on
        ? `Pith learns ${report.host}'s template again.`
        : `Site memory is off on ${report.host}: Pith neither learns nor cuts repeating blocks here.`,
      'ok',
    );
  }

  /** "Clean this site": off means Pith adds nothing here (Readability's article alone). */
  setCleanSite(on: boolean): Promise<void> {
    return this.serial(() => this.setCleanSiteNow(on));
  }

  private async setCleanSiteNow(on: boolean): Promise<void> {
    const report = this.state.report;
    if (!report) return;
    const previous = isOn(report.settings.builtinRules);
    if (!(await this.save({ builtinRules: on }))) return;
    if (!(await this.load({ quiet: true }))) return;
    const undo: Undo = { kind: 'builtinRules', previous, label: 'Clean this site' };
    this.say(
      on
        ? `Pith cleans ${report.host} again.`
        : `Pith is off on ${report.host}: no rules, no heuristics, only Readability's choice of article.`,
      'ok',
      undo,
    );
  }

  undo(): Promise<void> {
    return this.serial(() => this.undoNow());
  }

  private async undoNow(): Promise<void> {
    const undo = this.state.undo;
    if (!undo) return;
    const patch: Partial<SiteSettings> =
      undo.kind === 'userRules'
        ? { userRules: undo.previous }
        : undo.kind === 'disabledRuleIds'
          ? { disabledRuleIds: undo.previous }
          : { builtinRules: undo.previous };
    if (!(await this.save(patch))) return;
    if (await this.load({ quiet: true })) this.say(`Undone: "${undo.label}" is back as it was.`, 'ok');
  }

  /** "Clean anyway" on a page that is not an article. */
  async cleanAnyway(): Promise<void> {
    await this.load({ rulesOnly: true });
  }
}
