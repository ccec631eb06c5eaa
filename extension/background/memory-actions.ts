/**
 * What the background does with the site memory: the template each clean gets, the pages it remembers, the
 * popup's view of it, "Make this a rule", forgetting. The switches (global, per site) are read here, from the
 * settings, so a page whose switch went off in the meantime is neither cut nor remembered.
 */
import { learnedBlocks, templateFor } from '../../src/memory/store';
import type { SiteMemory } from '../../src/memory/store';
import type { CleanResult } from '../../src/types';
import { hostKey } from '../shared/clean-options';
import { fail, ok } from '../shared/messages';
import type { LearnedBlock, MemoryStatus, MemoryUse, Result } from '../shared/messages';
import { addNamedRule } from '../shared/named-rule';
import { isOn, memoryOnFor, siteOrDefault } from '../shared/storage';
import type { SiteSettings, StoredSettings } from '../shared/storage';
import { sendToTab } from '../shared/send';
import { memory, store } from './store';

export const MEMORY_ID_PREFIX = 'memory:';

export const isMemoryId = (ruleId: string): boolean => ruleId.startsWith(MEMORY_ID_PREFIX);

/** The memory a clean of `url` gets: its template, or undefined when memory is off there. */
export async function memoryUseFor(
  settings: StoredSettings,
  host: string,
  url: string,
): Promise<{ use: MemoryUse; memory: SiteMemory } | undefined> {
  if (!memoryOnFor(settings, host)) return undefined;
  const remembered = await memory.read(host);
  return { use: { template: templateFor(remembered, url) }, memory: remembered };
}

/** The popup's view: the switches, the pages remembered, and the learned blocks this page's result cut. */
export function memoryStatus(
  settings: StoredSettings,
  host: string,
  remembered: SiteMemory | undefined,
  result: CleanResult,
  pages: number,
): MemoryStatus {
  const learned = new Map<string, LearnedBlock>(
    (remembered ? learnedBlocks(remembered) : []).map((block) => [
      `${MEMORY_ID_PREFIX}${block.print}`,
      block,
    ]),
  );
  const cut: Record<string, LearnedBlock> = {};
  for (const block of result.removed) {
    const known = learned.get(block.ruleId);
    if (known) cut[block.ruleId] = known;
  }
  return {
    globalOn: isOn(settings.siteMemory),
    siteOn: isOn(settings.sites[host]?.memory),
    pages,
    cut,
  };
}

/** A page's prints, from its content script; ignored (but answered) when memory is off on its site. */
export async function rememberPage(url: string, prints: unknown): Promise<Result<null>> {
  const host = hostKey(url);
  const settings = await store.load();
  if (!settings.ok) return settings;
  if (!memoryOnFor(settings.value, host)) return ok(null);
  if (!Array.isArray(prints)) return fail('bad-message', 'Pith got no prints to remember.');
  const valid = prints.filter(
    (p): p is { print: string; selector: string } =>
      typeof p?.print === 'string' && typeof p?.selector === 'string',
  );
  const saved = await memory.remember(host, url, valid);
  return saved.ok ? ok(null) : saved;
}

/** The template for a page, for auto-clean (the content script asks before it opens the reader). */
export async function templateForPage(url: string): Promise<Result<MemoryUse | null>> {
  const settings = await store.load();
  if (!settings.ok) return settings;
  const used = await memoryUseFor(settings.value, hostKey(url), url);
  return ok(used?.use ?? null);
}

/**
 * "Make this a rule": the learned block's remembered selector, or (none remembered) one the open page suggests
 * for the block's element; then `! reason: <name>` and `host##<selector>` go into the site's rules.
 */
export async function makeRule(req: {
  host: string;
  print: string;
  name: string;
  tabId?: number;
  block?: { where: string; text: string };
}): Promise<Result<{ rule: string; settings: SiteSettings }>> {
  const { host } = req;
  if (!host) return fail('no-tab', 'Pith has no site to add the rule to.');
  const known = learnedBlocks(await memory.read(host)).find((block) => block.print === req.print);
  let selector = known?.selector ?? '';
  if (selector === '' && req.tabId !== undefined && req.block) {
    const suggested = await sendToTab(req.tabId, 'content/suggest-selector', { block: req.block });
    if (!suggested.ok) return suggested;
    selector = suggested.value;
  }
  if (selector === '') {
    return fail(
      'internal',
      'Pith has no selector for this block: open a page where it appears and use "Make this a rule" in the popup.',
    );
  }
  const rule = `${host}##${selector}`;
  let added: Result<string> = fail('internal', 'Pith could not add the rule.');
  const saved = await store.update((draft) => {
    const site = draft.sites[host] ?? {};
    added = addNamedRule(site.userRules ?? '', req.name, rule);
    if (added.ok) draft.sites[host] = { ...site, userRules: added.value };
  });
  if (!saved.ok) return saved;
  if (!added.ok) return added;
  return ok({ rule, settings: siteOrDefault(saved.value, host) });
}
