/**
 * The popup's entry: wires the page's buttons to the controller (`controller.ts`) and redraws the views from its
 * state. `?tab=<id>` targets a given tab (the popup opened as a page); otherwise the active tab.
 */
// First: asks for the page's report before the other modules are evaluated.
import './ask-first';
import browser from 'webextension-polyfill';
import { originPatterns } from '../shared/clean-options';
import type { CopyFormat, PageReport } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { isOn } from '../shared/storage';
import { copyFrom, openReader } from './actions';
import { PopupController } from './controller';
import type { PopupState } from './controller';
import { afterPaint } from '../shared/after-paint';
import { byId } from '../shared/h';
import { linkScroll } from './scroll-sync';
import { scriptStartedAt, takeFirstReport } from './first-report';
import { parseTabId } from './state';
import type { TabName } from './state';
import { renderClean } from './view/clean-pane';
import { markInertKeepAll, renderCompare } from './view/compare-pane';
import { hideNotice, showNotice } from './view/notice';
import { markInertSwitches, renderRules } from './view/rules-list';
import { renderSummary } from './view/summary';
import { showStaleRules, startPicking } from './view/site-tools';

// Timed from the popup's first module (`ask-first.ts`); `sinceOpenMs` below counts from navigation start.
const startedAt = scriptStartedAt;
// How long the other modules took to evaluate after the report was asked for.
document.body.dataset.mainMs = (performance.now() - startedAt).toFixed(1);
const tabId = parseTabId(location.search);
const body = document.body;
const status = byId<HTMLParagraphElement>('status');
const clear = byId<HTMLButtonElement>('clear-status');
const undoButton = byId<HTMLButtonElement>('undo');
const cleanSite = byId<HTMLInputElement>('clean-site');
const autoClean = byId<HTMLInputElement>('auto-clean');
const siteMemory = byId<HTMLInputElement>('site-memory');
const notice = byId<HTMLDivElement>('notice');
const loading = byId<HTMLDivElement>('loading');
const comparePane = byId<HTMLElement>('pane-compare');
const cleanPane = byId<HTMLElement>('pane-clean');
let drawnReport: unknown = null;
/** The clean blocks last drawn: a report that only gained its comparison's rows keeps them. */
let drawnClean: unknown = null;
let drawnInert: unknown = null;
/** The report the original column and the rules list were last drawn for. */
let sidesDrawn: unknown = null;
let firstPaintDone = false;
/** The clean text's first frame has been painted: the original column and the switches may follow. */
let cleanPainted = false;

if (tabId !== undefined) document.documentElement.classList.add('as-page');

const controller = new PopupController(
  {
    report: async (rulesOnly) => {
      // The first load's report was asked for by start.ts, before this file loaded.
      const early = rulesOnly ? null : takeFirstReport();
      const asked = early?.askedAt ?? performance.now();
      const report = await (early?.reply ?? sendToBackground('page/report', { tabId, rulesOnly }));
      body.dataset.reportMs = (performance.now() - asked).toFixed(1);
      if (report.ok) {
        body.dataset.readyMs = (report.value.pageMs.ready ?? 0).toFixed(1);
        body.dataset.cached = String(report.value.pageMs.cached === true);
        body.dataset.engineMs = report.value.pageMs.engine.toFixed(1);
        body.dataset.compareMs = report.value.pageMs.compare.toFixed(1);
        body.dataset.injectMs = (report.value.pageMs.inject ?? 0).toFixed(1);
        body.dataset.pageMs = (report.value.pageMs.page ?? 0).toFixed(1);
        body.dataset.reportKb = (JSON.stringify(report.value).length / 1024).toFixed(1);
      }
      return report;
    },
    comparison: async (rulesOnly) => {
      const asked = performance.now();
      const rows = await sendToBackground('page/comparison', { tabId, rulesOnly });
      body.dataset.rowsMs = (performance.now() - asked).toFixed(1);
      return rows;
    },
    inertReasons: async (rulesOnly) => {
      const asked = performance.now();
      const inert = await sendToBackground('page/inert-reasons', { tabId, rulesOnly });
      body.dataset.switchCheckMs = (performance.now() - asked).toFixed(1);
      return inert;
    },
    saveSite: (host, patch) => sendToBackground('site/update', { host, patch }),
    keepBlock: (block) => sendToBackground('site/keep', { tabId, block }),
    makeRule: (req) => sendToBackground('memory/make-rule', { ...req, tabId }),
  },
  draw,
);

/** Buttons that need a readable page. */
function setEnabled(on: boolean): void {
  for (const el of document.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
    '.toolbar button, .meta-row input',
  )) {
    el.disabled = !on;
  }
}

function draw(state: PopupState): void {
  body.dataset.state = state.phase;
  status.textContent = state.status.text;
  status.className = state.status.kind;
  clear.hidden = state.status.text === '';
  undoButton.hidden = state.undo === null;
  loading.hidden = true;
  const report = state.report;
  renderSummary(byId('summary'), state);
  setEnabled(report !== null);
  if (state.phase === 'loading') return;
  if (state.phase === 'restricted' || state.phase === 'error') {
    byId('page-title').textContent = 'Pith';
    byId('host').textContent = '';
    if (state.phase === 'restricted')
      showNotice(notice, 'restricted', 'Pith cannot read this page', state.failure);
    else
      showNotice(
        notice,
        'error',
        'Pith could not read this page',
        `${state.failure} Reload the page and open Pith again, or try again now.`,
        [{ id: 'retry', label: 'Try again', run: () => void controller.load() }],
      );
    return;
  }
  if (!report) return;
  if (state.phase === 'not-article') {
    showNotice(
      notice,
      'not-article',
      'This page does not look like an article',
      'Pith found no article here (a front page, a list of links or a form). "Clean anyway" shows the whole page without the site\'s header, navigation, footer, sign-up boxes and what the rules cut; the reader view opens on that same text.',
      [{ id: 'rules-only', label: 'Clean anyway', run: () => void controller.cleanAnyway() }],
    );
  } else if (state.rulesOnly) {
    showNotice(
      notice,
      'info',
      'Not an article: the whole page, cleaned',
      'The site\'s header, navigation, footer, sign-up boxes and what the rules cut are taken out; the links and text of the page stay. "Open reader view" shows this same text.',
    );
  } else hideNotice(notice);
  byId('host').textContent = report.host;
  byId('page-title').textContent = report.result.title || report.host;
  cleanSite.checked = isOn(report.settings.builtinRules);
  autoClean.checked = report.settings.autoClean === true;
  drawMemorySwitch(report);
  // For tests: the compare pane is redrawn once the switches are checked; click its buttons after that.
  body.dataset.switchesChecked = String(state.inert !== null);
  if (drawnReport === report && drawnInert === state.inert) return;
  if (drawnClean !== report.comparison.clean) {
    drawnClean = report.comparison.clean;
    renderClean(byId('clean'), report.result.title, report.comparison.clean);
    markPainted();
  }
  const onlyChecked = drawnReport === report && sidesDrawn === report;
  drawnReport = report;
  drawnInert = state.inert;
  if (onlyChecked) {
    // The page's check of the switches arrived: mark them in place, so nothing the user may be clicking is rebuilt.
    const inert = new Set(state.inert ?? []);
    markInertKeepAll(byId('compare'), report.result.removed, inert);
    markInertSwitches(byId('rules'), inert);
    return;
  }
  // On first open the clean text paints first; the comparison and the switches follow after that frame.
  if (!cleanPainted) afterPaint(() => drawSides(controller.state));
  else drawSides(state);
}

/** The original column and the rules list, for the report being shown (`data-sides-ms`: when first drawn). */
function drawSides(state: PopupState): void {
  const report = state.report;
  // A report without its rows yet: drawn when they come (the controller asks for them).
  if (!report || report !== drawnReport || report.comparison.rowsPending) return;
  sidesDrawn = report;
  const drawing = performance.now();
  const pithOn = isOn(report.settings.builtinRules);
  const inert = state.inert ? new Set(state.inert) : null;
  renderCompare(byId('compare'), report.comparison, {
    removed: report.result.removed,
    handlers: { keep, switchOff, makeRule },
    pithOn,
    ...(inert ? { inert } : {}),
    memory: report.memory,
  });
  renderRules(
    byId('rules'),
    report.reasons,
    report.settings.disabledRuleIds ?? [],
    report.result.removed.filter((b) => b.ruleId.startsWith('readability:')).length,
    pithOn ? null : `Pith is off on ${report.host}: switch "Clean this site" on to use its rules here.`,
    { setReason: (reason, on) => void controller.setReason(reason, on), show: showReason },
    inert,
  );
  void showStaleRules(byId('stale-rules'), report, () => sendToBackground('health/get', {}));
  body.dataset.drawMs = (performance.now() - drawing).toFixed(1);
  body.dataset.sidesMs ??= (performance.now() - startedAt).toFixed(1);
}

/** Records when the clean text has been painted (the frame after it was drawn), for the timing report. */
function markPainted(): void {
  if (firstPaintDone) return;
  firstPaintDone = true;
  afterPaint(() => {
    cleanPainted = true;
    body.dataset.renderMs = (performance.now() - startedAt).toFixed(1);
    body.dataset.sinceOpenMs = performance.now().toFixed(1);
    // Wall-clock time of the paint, so a test can measure from the click (or key press) that opened the popup.
    body.dataset.paintedAt = (performance.timeOrigin + performance.now()).toFixed(0);
  });
}

/** The site's memory switch; disabled, saying why, when the global switch or Pith itself is off here. */
function drawMemorySwitch(report: PageReport): void {
  const memory = report.memory;
  const label = byId<HTMLLabelElement>('site-memory-label');
  siteMemory.checked = memory?.siteOn ?? isOn(report.settings.memory);
  const why = !memory?.globalOn
    ? 'Site memory is off for every site in Pith settings.'
    : !isOn(report.settings.builtinRules)
      ? `Pith is off on ${report.host}: switch "Clean this site" on to use site memory here.`
      : null;
  siteMemory.disabled = why !== null;
  const pages = memory?.pages ?? 0;
  byId('memory-pages').textContent =
    memory?.globalOn && pages > 0 ? `(${pages} page${pages === 1 ? '' : 's'})` : '';
  label.title =
    why ??
    `Pith remembers which blocks repeat on ${report.host}'s pages (hashes, never text) and cuts those seen on 3 or more other pages.`;
}

function keep(record: number): void {
  void controller.keep(record);
}

function makeRule(record: number): void {
  void controller.makeRule(record);
}

function switchOff(reason: string): void {
  void controller.setReason(reason, false);
}

function selectTab(tab: TabName): void {
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

function flash(el: HTMLElement): void {
  el.classList.remove('flash');
  void el.offsetWidth; // restart the animation
  el.classList.add('flash');
}

/** "Show" in the rules list: the first block cut for this reason, in the original column. */
function showReason(reason: string): void {
  const removed = controller.state.report?.result.removed ?? [];
  const target = [...document.querySelectorAll<HTMLElement>('#compare .row.cut')].find(
    (row) => removed[Number(row.dataset.record)]?.reason === reason,
  );
  if (!target) return;
  selectTab('compare');
  for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  flash(target);
}

clear.addEventListener('click', () => controller.say(''));
undoButton.addEventListener('click', () => void controller.undo());

byId('open-reader').addEventListener('click', async () => {
  const opened = await openReader(tabId);
  if (opened.ok) window.close();
  else controller.say(opened.error.message, 'error');
});

const COPY_BUTTONS: [string, CopyFormat][] = [
  ['copy-text', 'text'],
  ['copy-markdown', 'markdown'],
  ['copy-with-link', 'with-link'],
];
for (const [id, format] of COPY_BUTTONS) {
  byId(id).addEventListener('click', async () => {
    const report = controller.state.report;
    if (!report) return;
    const copied = await copyFrom(report, format);
    if (copied.ok) controller.say(copied.value, 'ok');
    else controller.say(copied.error.message, 'error');
  });
}

// The page saves the file (a Blob link, no `downloads` permission) and shows its own toast.
for (const [id, format] of [
  ['save-markdown', 'markdown'],
  ['save-html', 'html'],
] as const) {
  byId(id).addEventListener('click', async () => {
    const saved = await sendToBackground('save/in-page', { tabId, format });
    if (saved.ok) controller.say(`Saved ${saved.value.name}.`, 'ok');
    else controller.say(saved.error.message, 'error');
  });
}

byId('pick-element').addEventListener('click', () => {
  void startPicking(
    () => sendToBackground('picker/start', { tabId }),
    (text) => controller.say(text, 'error'),
  );
});

cleanSite.addEventListener('change', () => void controller.setCleanSite(cleanSite.checked));
siteMemory.addEventListener('change', () => void controller.setMemory(siteMemory.checked));

autoClean.addEventListener('change', async () => {
  const host = controller.state.report?.host ?? '';
  const on = autoClean.checked;
  // Ask first, inside the click: the browser only shows the permission prompt for a user gesture.
  const granted = on
    ? await browser.permissions.request({ origins: originPatterns(host) }).catch(() => false)
    : true;
  if (!granted) {
    autoClean.checked = false;
    controller.say(`Auto-clean needs access to ${host}; the browser did not grant it.`, 'error');
    return;
  }
  const saved = await sendToBackground('site/update', { host, patch: { autoClean: on } });
  if (!saved.ok) {
    autoClean.checked = !on;
    controller.say(saved.error.message, 'error');
  } else
    controller.say(
      on ? `The reader view opens by itself on ${host}.` : `Auto-clean is off for ${host}.`,
      'ok',
    );
});

// The spinner only for a slow page: most pages answer before it would show.
setTimeout(() => {
  if (controller.state.phase === 'loading') loading.hidden = false;
}, 150);
void controller.load();
