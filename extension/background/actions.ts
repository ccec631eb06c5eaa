/** What the popup, the context menu and the shortcuts do, each as one function over a tab. */
import type { Tabs } from 'webextension-polyfill';
import { globalRulesOf, hostKey, toFields } from '../shared/clean-options';
import { formatCopy } from '../shared/copy-format';
import { fail, ok } from '../shared/messages';
import { parseRules } from '../../src/rules/parse';
import type { CopyFormat, PageReport, Result } from '../shared/messages';
import type { SaveFormat } from '../shared/saved-file';
import { sendToTab } from '../shared/send';
import { siteOrDefault } from '../shared/storage';
import type { SiteSettings } from '../shared/storage';
import { logVisit } from './health';
import { store } from './store';
import { readyTab } from './tabs';

async function context(tab: Tabs.Tab) {
  const ready = await readyTab(tab);
  if (!ready.ok) return ready;
  const settings = await store.load();
  if (!settings.ok) return settings;
  const host = hostKey(ready.value.url);
  return ok({
    tab: ready.value,
    host,
    site: siteOrDefault(settings.value, host),
    global: globalRulesOf(settings.value),
    prefs: settings.value.reader,
  });
}

export async function reportOn(tab: Tabs.Tab, rulesOnly = false): Promise<Result<PageReport>> {
  const started = performance.now();
  const ctx = await context(tab);
  const ready = performance.now() - started;
  if (!ctx.ok) return ctx;
  const { site, global } = ctx.value;
  const cleaned = await sendToTab(ctx.value.tab.id, 'content/clean', {
    settings: site,
    ...toFields(global),
    rulesOnly,
  });
  if (!cleaned.ok) return cleaned;
  // A visit, for rule health; the popup's "rules only" view is not one.
  if (!rulesOnly && ctx.value.host) await logVisit(ctx.value.host, cleaned.value.result.firedRules);
  return ok({
    tabId: ctx.value.tab.id,
    host: ctx.value.host,
    url: ctx.value.tab.url,
    result: cleaned.value.result,
    settings: site,
    comparison: cleaned.value.comparison,
    reasons: cleaned.value.reasons,
    pageMs: { ...cleaned.value.pageMs, ready },
  });
}

/** The reasons whose switch would change nothing on the page (the content script cleans once per reason). */
export async function inertReasonsOn(tab: Tabs.Tab, rulesOnly = false): Promise<Result<string[]>> {
  const ctx = await context(tab);
  if (!ctx.ok) return ctx;
  const { site, global } = ctx.value;
  return sendToTab(ctx.value.tab.id, 'content/inert-reasons', {
    settings: site,
    ...toFields(global),
    rulesOnly,
  });
}

/** `toggle`: close the reader instead if it is open (the keyboard shortcut opens and closes). */
export async function openReaderIn(tab: Tabs.Tab, toggle = false): Promise<Result<null>> {
  const ctx = await context(tab);
  if (!ctx.ok) return ctx;
  const { site, prefs, global } = ctx.value;
  return sendToTab(ctx.value.tab.id, 'content/reader-open', {
    settings: site,
    prefs,
    ...toFields(global),
    toggle,
  });
}

/** The page builds the file and downloads it (a Blob link), so Pith needs no `downloads` permission. */
export async function saveInPage(tab: Tabs.Tab, format: SaveFormat) {
  const ctx = await context(tab);
  if (!ctx.ok) return ctx;
  const { site, global } = ctx.value;
  return sendToTab(ctx.value.tab.id, 'content/save', { format, settings: site, ...toFields(global) });
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
  const { site, global } = ctx.value;
  return sendToTab(ctx.value.tab.id, 'content/copy', { format, settings: site, ...toFields(global) });
}

/** "Remove something on this page…": the picker runs in the page and saves through `site/add-rule`. */
export async function startPickerIn(tab: Tabs.Tab): Promise<Result<null>> {
  const ctx = await context(tab);
  if (!ctx.ok) return ctx;
  return sendToTab(ctx.value.tab.id, 'content/pick', { host: ctx.value.host });
}

/**
 * "Keep this": the page builds the exception from the live element (readable, escaped, checked to find exactly
 * that block); it is added to the site's rules with the block's text beside it, in one queued update.
 */
export async function keepIn(
  tab: Tabs.Tab,
  block: { where: string; text: string },
): Promise<Result<SiteSettings>> {
  const ctx = await context(tab);
  if (!ctx.ok) return ctx;
  const { host } = ctx.value;
  if (!host) return fail('no-tab', 'Pith has no site to keep this block on.');
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
