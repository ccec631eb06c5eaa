/**
 * The popup: what Pith removed from this page and why, the clean text beside the original, the rules that
 * fired with per-site switches, "Keep this" with undo, and the page actions.
 * `?tab=<id>` targets a given tab (the popup opened as a page, as the e2e tests do); otherwise the active tab.
 */
import browser from 'webextension-polyfill';
import { originPatterns } from '../shared/clean-options';
import type { CopyFormat, PageReport, Result } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import type { SiteSettings } from '../shared/storage';
import { isOn } from '../shared/storage';
import { copyFrom, openReader } from './actions';
import { align, buildRows, group, paragraphs, wordCount } from './compare-model';
import type { RemovedRow } from './compare-model';
import { byId } from './h';
import { rulesView } from './rules-model';
import { parseSanitized } from './sanitize';
import { addRuleLine, exceptionRule, setRuleEnabled } from './site-edits';
import { initialState } from './state';
import type { TabName } from './state';
import { linkScroll, setScroll } from './scroll-sync';
import { renderClean } from './view/clean-pane';
import { renderCompare } from './view/compare-pane';
import { hideNotice, showNotice } from './view/notice';
import { renderRules } from './view/rules-list';

// Module code starts once its imports have loaded; `sinceOpenMs` below also counts that, from navigation start.
const startedAt = performance.now();
const state = initialState(location.search);
const body = document.body;
const status = byId<HTMLParagraphElement>('status');
const clear = byId<HTMLButtonElement>('clear-status');
const undoButton = byId<HTMLButtonElement>('undo');
const cleanSite = byId<HTMLInputElement>('clean-site');
const autoClean = byId<HTMLInputElement>('auto-clean');
const notice = byId<HTMLDivElement>('notice');
const loading = byId<HTMLDivElement>('loading');
const comparePane = byId<HTMLElement>('pane-compare');
const cleanPane = byId<HTMLElement>('pane-clean');
let firstPaintDone = false;

if (state.tabId !== undefined) document.documentElement.classList.add('as-page');

function say(text: string, kind: 'ok' | 'error' | '' = ''): void {
  status.textContent = text;
  status.className = kind;
  clear.hidden = text === '';
  // A new message retires the last undo; callers that offer one set it after saying what they did.
  setUndo(null);
}

function setUndo(undo: PopupUndo | null): void {
  state.undo = undo;
  undoButton.hidden = undo === null;
}
type PopupUndo = NonNullable<typeof state.undo>;

function showError(result: Result<unknown>): boolean {
  if (result.ok) return false;
  say(result.error.message, 'error');
  return true;
}

clear.addEventListener('click', () => say(''));

/** Buttons that need a readable page. */
function setEnabled(on: boolean): void {
  for (const el of document.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
    '.toolbar button, .meta-row input',
  )) {
    el.disabled = !on;
  }
}

function selectTab(tab: TabName): void {
  state.tab = tab;
  body.dataset.tab = tab;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.tabs [role="tab"]')) {
    const selected = button.dataset.tab === tab;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.tabs [role="tab"]')) {
  button.addEventListener('click', () => selectTab(button.dataset.tab as TabName));
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const tabs = [...document.querySelectorAll<HTMLButtonElement>('.tabs [role="tab"]')];
    const at = tabs.indexOf(button) + (event.key === 'ArrowRight' ? 1 : -1);
    const next = tabs[(at + tabs.length) % tabs.length];
    if (next) {
      selectTab(next.dataset.tab as TabName);
      next.focus();
    }
  });
}
selectTab('clean');
linkScroll(comparePane, cleanPane);

function render(report: PageReport): void {
  const { result, settings } = report;
  state.report = report;
  for (const rule of result.firedRules) state.knownReasons.set(rule.ruleId, rule.reason);
  byId('host').textContent = report.host;
  byId('page-title').textContent = result.title || report.host;
  const before = result.stats.wordsBefore;
  const after = result.stats.wordsAfter || wordCount(result.text);
  const cuts = result.removed.length;
  byId('summary').textContent =
    `${before.toLocaleString('en')} → ${after.toLocaleString('en')} words · ${cuts} block${cuts === 1 ? '' : 's'} cut` +
    (state.rulesOnly ? ' · rules only' : '');
  cleanSite.checked = isOn(settings.builtinRules);
  autoClean.checked = settings.autoClean === true;

  const paras = paragraphs(result.text);
  renderClean(byId('clean'), result, paras);
  const doc = parseSanitized(report.originalHtml);
  const rows = align(buildRows(doc, result.removed), paras);
  renderCompare(byId('compare'), group(rows), { keep, keepAll, jump: showCutPoint });
  renderRules(
    byId('rules'),
    rulesView(result.firedRules, settings.disabledRuleIds ?? [], state.knownReasons),
    {
      toggle: toggleRule,
      show: showRule,
    },
  );
  body.dataset.state = 'ready';
  setEnabled(true);
  if (!firstPaintDone) {
    firstPaintDone = true;
    // After the browser has painted the frame with the clean text.
    requestAnimationFrame(() =>
      setTimeout(() => {
        body.dataset.renderMs = (performance.now() - startedAt).toFixed(1);
        body.dataset.sinceOpenMs = performance.now().toFixed(1);
      }, 0),
    );
  }
}

function showFailure(result: Extract<Result<unknown>, { ok: false }>): void {
  const { code, message } = result.error;
  // The status line carries the browser's or Pith's exact sentence; the notice says what to do about it.
  say(message, 'error');
  if (code === 'not-an-article') {
    showNotArticle();
    return;
  }
  byId('summary').textContent = '';
  setEnabled(false);
  if (code === 'restricted-page') {
    body.dataset.state = 'restricted';
    showNotice(
      notice,
      'restricted',
      'Pith cannot read this page',
      'Browser pages, add-on stores and PDFs are off limits to extensions. Open an article on a web page and click Pith there.',
    );
  } else {
    body.dataset.state = 'error';
    showNotice(
      notice,
      'error',
      'Pith could not read this page',
      'Reload the page and open Pith again, or try again now.',
      [{ id: 'retry', label: 'Try again', run: () => void load() }],
    );
  }
}

function showNotArticle(): void {
  body.dataset.state = 'not-article';
  showNotice(
    notice,
    'not-article',
    'This page does not look like an article',
    'Pith found no article here (it may be a front page, a list or a form). You can still remove clutter with the rules alone.',
    [{ id: 'rules-only', label: 'Clean anyway with rules only', run: () => void load({ rulesOnly: true }) }],
  );
}

async function load(options: { rulesOnly?: boolean; quiet?: boolean } = {}): Promise<boolean> {
  if (options.rulesOnly !== undefined) state.rulesOnly = options.rulesOnly;
  const timer = setTimeout(() => {
    loading.hidden = false;
  }, 150);
  if (!options.quiet) body.dataset.state = 'loading';
  const asked = performance.now();
  const report = await sendToBackground('page/report', { tabId: state.tabId, rulesOnly: state.rulesOnly });
  body.dataset.reportMs = (performance.now() - asked).toFixed(1);
  clearTimeout(timer);
  loading.hidden = true;
  if (!report.ok) {
    showFailure(report);
    return false;
  }
  hideNotice(notice);
  const drawing = performance.now();
  render(report.value);
  body.dataset.drawMs = (performance.now() - drawing).toFixed(1);
  if (!report.value.result.isArticle && !state.rulesOnly) showNotArticle();
  return true;
}

async function saveSite(patch: Partial<SiteSettings>): Promise<Result<SiteSettings>> {
  const host = state.report?.host ?? '';
  return sendToBackground('site/update', { host, patch });
}

async function toggleRule(ruleId: string, enabled: boolean): Promise<void> {
  const disabled = state.report?.settings.disabledRuleIds ?? [];
  const saved = await saveSite({ disabledRuleIds: setRuleEnabled(disabled, ruleId, enabled) });
  if (showError(saved)) {
    if (state.report) render(state.report);
    return;
  }
  if (await load({ quiet: true })) {
    const reason = state.knownReasons.get(ruleId) ?? ruleId;
    say(enabled ? `"${reason}" is on again on this site.` : `"${reason}" is off on this site.`, 'ok');
    setUndo({ kind: 'disabledRuleIds', previous: [...disabled], label: reason });
  }
}

async function keep(row: RemovedRow): Promise<void> {
  const report = state.report;
  if (!report) return;
  const previous = report.settings.userRules ?? '';
  const saved = await saveSite({
    userRules: addRuleLine(previous, exceptionRule(report.host, row.block.where)),
  });
  if (showError(saved) || !(await load({ quiet: true }))) return;
  const still = state.report?.result.removed.find((b) => b.where === row.block.where);
  if (!still) say(`Kept "${row.block.reason}" on ${report.host}.`, 'ok');
  else if (still.stage === 'readability')
    say(`Kept from "${row.block.reason}", but Readability still leaves this block out of the article.`, 'ok');
  else
    say(
      `Pith could not keep this block with a site exception. Use "Keep all like this" to turn ${row.block.ruleId} off here.`,
      'error',
    );
  setUndo({ kind: 'userRules', previous, label: row.block.reason });
}

async function keepAll(row: RemovedRow): Promise<void> {
  await toggleRule(row.block.ruleId, false);
}

undoButton.addEventListener('click', async () => {
  const undo = state.undo;
  if (!undo) return;
  const saved = await saveSite(
    undo.kind === 'userRules' ? { userRules: undo.previous } : { disabledRuleIds: undo.previous },
  );
  if (showError(saved)) return;
  if (await load({ quiet: true })) say(`Undone: "${undo.label}" is back as it was.`, 'ok');
  setUndo(null);
});

function flash(el: HTMLElement): void {
  el.classList.remove('flash');
  void el.offsetWidth; // restart the animation
  el.classList.add('flash');
}

/** The clean paragraph that followed a removed block: where the cut was made. Wide layout only. */
function showCutPoint(_row: RemovedRow, el: HTMLElement): void {
  if (cleanPane.offsetParent === null) return;
  const rows = [...document.querySelectorAll<HTMLElement>('#compare .row')];
  const next = rows.slice(rows.indexOf(el) + 1).find((r) => r.dataset.para !== undefined);
  const para = next ? cleanPane.querySelector<HTMLElement>(`[data-para="${next.dataset.para}"]`) : null;
  const target = para ?? cleanPane.querySelector<HTMLElement>('.para:last-child');
  if (!target) return;
  target.classList.add('cut-point');
  setScroll(cleanPane, target.offsetTop - el.offsetTop + comparePane.scrollTop);
  flash(target);
}

function showRule(ruleId: string): void {
  const target = document.querySelector<HTMLElement>(
    `#compare .row.removed[data-rule="${CSS.escape(ruleId)}"]`,
  );
  if (!target) return;
  selectTab('compare');
  const details = target.closest('details');
  if (details) details.open = true;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  flash(target);
}

byId('open-reader').addEventListener('click', async () => {
  const opened = await openReader(state.tabId);
  if (!showError(opened)) window.close();
});

const COPY_BUTTONS: [string, CopyFormat][] = [
  ['copy-text', 'text'],
  ['copy-markdown', 'markdown'],
  ['copy-with-link', 'with-link'],
];
for (const [id, format] of COPY_BUTTONS) {
  byId(id).addEventListener('click', async () => {
    const report = state.report;
    if (!report) return;
    const copied = await copyFrom(report, format);
    if (copied.ok) say(copied.value, 'ok');
    else showError(copied);
  });
}

// The page saves the file (a Blob link, no `downloads` permission) and shows its own toast.
for (const [id, format] of [
  ['save-markdown', 'markdown'],
  ['save-html', 'html'],
] as const) {
  byId(id).addEventListener('click', async () => {
    const saved = await sendToBackground('save/in-page', { tabId: state.tabId, format });
    if (saved.ok) say(`Saved ${saved.value.name}.`, 'ok');
    else showError(saved);
  });
}

cleanSite.addEventListener('change', async () => {
  const host = state.report?.host ?? '';
  const saved = await saveSite({ builtinRules: cleanSite.checked });
  if (showError(saved)) {
    cleanSite.checked = !cleanSite.checked;
    return;
  }
  const on = cleanSite.checked;
  await load({ quiet: true });
  say(on ? `Pith cleans ${host} with its built-in rules.` : `Built-in rules are off on ${host}.`, 'ok');
});

autoClean.addEventListener('change', async () => {
  const host = state.report?.host ?? '';
  const on = autoClean.checked;
  // Ask first, inside the click: the browser only shows the permission prompt for a user gesture.
  const granted = on
    ? await browser.permissions.request({ origins: originPatterns(host) }).catch(() => false)
    : true;
  if (!granted) {
    autoClean.checked = false;
    say(`Auto-clean needs access to ${host}; the browser did not grant it.`, 'error');
    return;
  }
  const saved = await saveSite({ autoClean: on });
  if (showError(saved)) autoClean.checked = !on;
  else say(on ? `The reader view opens by itself on ${host}.` : `Auto-clean is off for ${host}.`, 'ok');
});

setEnabled(false);
void load();
