/** What the popup, the context menu and the shortcuts do, each as one function over a tab. */
import type { Tabs } from 'webextension-polyfill';
import { globalRulesOf, hostKey, toFields } from '../shared/clean-options';
import { formatCopy } from '../shared/copy-format';
import { fail, ok } from '../shared/messages';
import { parseRules } from '../../src/rules/parse';
import type { Comparison, CopyFormat, PageReport, Result } from '../shared/messages';
import type { SaveFormat } from '../shared/saved-file';
import { sendToTab } from '../shared/send';
import { siteOrDefault } from '../shared/storage';
import type { SiteSettings } from '../shared/storage';
import { logVisit } from './health';
import { isMemoryId, memoryStatus, memoryUseFor } from './memory-actions';
import { memory as memoryStore, store } from './store';
import { readyTab } from './tabs';

/** `extras`: the page needs the reader, the picker or saving (see `readyTab`). */
async function context(tab: Tabs.Tab, extras = false) {
  // Both before the page is asked: read the settings while the content script is checked or injected.
  const [ready, settings] = await Promise.all([readyTab(tab, extras), store.load()]);
  if (!ready.ok) return ready;
  if (!settings.ok) return settings;
  const host = hostKey(ready.value.url);
  const memory = await memoryUseFor(settings.value, host, ready.value.url);
  const site = siteOrDefault(settings.value, host);
  return ok({
    tab: ready.value,
    host,
    settings: settings.value,
    site,
    /**
     * What every clean in the page is given: the site's settings, the global rules and the site memory's template
     * for this page (none when memory is off here).
     */
    cleanWith: {
      settings: site,
      ...toFields(globalRulesOf(settings.value)),
      ...(memory?.use ? { memory: memory.use } : {}),
    },
    prefs: settings.value.reader,
    /** The site memory the template came from. */
    remembered: memory?.memory,
  });
}

/** `rowsLater`: the comparison's rows are left for `comparisonOn` (the popup's first open). */
export async function reportOn(
  tab: Tabs.Tab,
  rulesOnly = false,
  rowsLater = false,
): Promise<Result<PageReport>> {
  const started = performance.now();
  const ctx = await context(tab);
  const ready = performance.now() - started;
  if (!ctx.ok) return ctx;
  const { site, host } = ctx.value;
  const asked = performance.now();
  const cleaned = await sendToTab(ctx.value.tab.id, 'content/clean', {
    ...ctx.value.cleanWith,
    rulesOnly,
    ...(rowsLater ? { rowsLater } : {}),
  });
  if (!cleaned.ok) return cleaned;
  const page = performance.now() - asked;
  // A visit, for rule health; the popup's "rules only" view is not one.
  // Written after the reply, not before it: the log's queue never fails and the popup should not wait on it.
  if (!rulesOnly && host) void logVisit(host, cleaned.value.result.firedRules);
  // Pages remembered before this clean (the page sends its own prints after painting): read with the template.
  const remembered = ctx.value.remembered;
  const pages = remembered ? remembered.pages.length : host ? (await memoryStore.summary(host)).pages : 0;
  return ok({
    tabId: ctx.value.tab.id,
    host: ctx.value.host,
    url: ctx.value.tab.url,
    result: cleaned.value.result,
    settings: site,
    comparison: cleaned.value.comparison,
    reasons: cleaned.value.reasons,
    pageMs: { ...cleaned.value.pageMs, ready, inject: ctx.value.tab.injectMs, page },
    memory: memoryStatus(ctx.value.settings, host, remembered, cleaned.value.result, pages),
  });
}

/** The rows of the report `reportOn` gave with `rowsLater`, from the page's kept report. */
export async function comparisonOn(tab: Tabs.Tab, rulesOnly = false): Promise<Result<Comparison>> {
  const ctx = await context(tab);
  if (!ctx.ok) return ctx;
  return sendToTab(ctx.value.tab.id, 'content/comparison', {
    ...ctx.value.cleanWith,
    rulesOnly,
  });
}

/** The reasons whose switch would change nothing on the page (the content script cleans once per reason). */
export async function inertReasonsOn(tab: Tabs.Tab, rulesOnly = false): Promise<Result<string[]>> {
  const ctx = await context(tab);
  if (!ctx.ok) return ctx;
  return sendToTab(ctx.value.tab.id, 'content/inert-reasons', {
    ...ctx.value.cleanWith,
    rulesOnly,
  });
}

/** `toggle`: close the reader instead if it is open (the keyboard shortcut opens and closes). */
export async function openReaderIn(tab: Tabs.Tab, toggle = false): Promise<Result<null>> {
  const ctx = await context(tab, true);
  if (!ctx.ok) return ctx;
  const { prefs } = ctx.value;
  return sendToTab(ctx.value.tab.id, 'content/reader-open', {
    ...ctx.value.cleanWith,
    prefs,
    toggle,
  });
}

/** The page builds the file and downloads it (a Blob link), so Pith needs no `downloads` permission. */
export async function saveInPage(tab: Tabs.Tab, format: SaveFormat) {
  const ctx = await context(tab, true);
  if (!ctx.ok) return ctx;
  return sendToTab(ctx.value.tab.id, 'content/save', {
    format,
    ...ctx.value.cleanWith,
  });
}

/** For the popup: the text to copy; the popup writes it (it has the focus and the user's click). */
export async function prepareCopy(tab: Tabs.Tab, format: CopyFormat): Promise<Result<{ text: string }>> {
  const report = await reportOn(tab);
  if (!report.ok) return report;
  return ok({ text: formatCopy(report.value.result, format) });
}

/** For the menu and shortcuts: the page copies and shows its own toast. */
export async function copyInPage(tab: Tabs.Tab, format: CopyFormat): Promise<Result<{ chars: number }>> {
  const ctx = await context(tab);
  if (!ctx.ok) return ctx;
  return sendToTab(ctx.value.tab.id, 'content/copy', {
    format,
    ...ctx.value.cleanWith,
  });
}

/** "Remove something on this page…": the picker runs in the page and saves through `site/add-rule`. */
export async function startPickerIn(tab: Tabs.Tab): Promise<Result<null>> {
  const ctx = await context(tab, true);
  if (!ctx.ok) return ctx;
  return sendToTab(ctx.value.tab.id, 'content/pick', { host: ctx.value.host });
}

/**
 * "Keep this": the page builds the exception from the live element (readable, escaped, checked to find exactly
 * that block); it is added to the site's rules with the block's text beside it, in one queued update. A learned
 * cut (`memory:<print>`) is no rule an exception could cancel: its id is switched off on the site instead.
 */
export async function keepIn(
  tab: Tabs.Tab,
  block: { where: string; text: string; ruleId?: string },
): Promise<Result<SiteSettings>> {
  const ctx = await context(tab);
  if (!ctx.ok) return ctx;
  const { host } = ctx.value;
  if (!host) return fail('no-tab', 'Pith has no site to keep this block on.');
  const ruleId = block.ruleId;
  if (ruleId !== undefined && isMemoryId(ruleId)) {
    const saved = await store.update((draft) => {
      const site = draft.sites[host] ?? {};
      const off = new Set(site.disabledRuleIds ?? []);
      off.add(ruleId);
      draft.sites[host] = { ...site, disabledRuleIds: [...off].sort() };
    });
    return saved.ok ? ok(siteOrDefault(saved.value, host)) : saved;
  }
  const kept = await sendToTab(ctx.value.tab.id, 'content/keep-rule', { host, block });
  if (!kept.ok) return kept;
  const { rule, sample } = kept.value;
  if (parseRules(rule, 'user').errors.length > 0 || /[\r\n]/.test(rule))
    return fail('internal', 'Pith built an exception it cannot read back; nothing was saved.');
  const saved = await store.update((draft) => {
    const site = draft.sites[host] ?? {};
    const lines = (site.userRules ?? '').split('\n').filter((l) => l.trim() !== '');
    if (!lines.includes(rule)) lines.push(rule);
    draft.sites[host] = {
      ...site,
      userRules: lines.join('\n'),
      keptText: { ...site.keptText, [rule]: sample },
    };
  });
  return saved.ok ? ok(siteOrDefault(saved.value, host)) : saved;
}
