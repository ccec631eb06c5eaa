/**
 * What an import will do, before it does it: the next settings, and a list of changes in words (added, replaced,
 * removed) the options page shows with a choice between merge and replace. The background applies the same plan
 * to the settings as they are at that moment, so the preview and the result agree.
 *
 * Merge keeps everything not in the file; a site in the file takes the file's switches, and rule lists and
 * switched-off rules are combined. Replace makes the settings exactly the file (rules alone: the global rules).
 */
import type { RuleError } from '../../src/types';
import type { ImportFile } from './settings-file';
import type { SiteSettings, StoredSettings } from './storage';
import { normaliseSettings } from './storage';

export type ImportMode = 'merge' | 'replace';

export interface ImportChange {
  kind: 'add' | 'replace' | 'remove';
  /** "Site example.com", "Global rules", "Reader preferences". */
  what: string;
  /** "3 rules", "auto-clean on → off". */
  detail: string;
}

export interface ImportPlan {
  next: StoredSettings;
  changes: ImportChange[];
  /** Lines of a pasted filter list Pith cannot run, skipped with their reason. */
  skipped: RuleError[];
}

function ruleLines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const isReason = (line: string): boolean => /^!\s*reason\s*:/i.test(line);

/**
 * `base` followed by the rules of `extra` it lacks, each under its reason line from `extra`. Once `base` has a
 * reason, new rules without one get the default reason back, so they never inherit the last reason of `base`.
 */
function mergeRules(base: string | undefined, extra: string | undefined): string {
  const out = ruleLines(base);
  const have = new Set(out.filter((line) => !line.startsWith('!')));
  let pending: string | null = out.some(isReason) ? '! reason: Removed by a rule' : null;
  for (const line of ruleLines(extra)) {
    if (isReason(line)) pending = line;
    if (line.startsWith('!') || line.startsWith('[') || have.has(line)) continue;
    if (pending) out.push(pending);
    pending = null;
    out.push(line);
    have.add(line);
  }
  return out.join('\n');
}

function countRules(text: string | undefined): number {
  return ruleLines(text).filter((line) => !line.startsWith('!')).length;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeSite(site: SiteSettings): string {
  const parts: string[] = [];
  if (site.builtinRules === false) parts.push('built-in rules off');
  if (site.autoClean === true) parts.push('auto-clean on');
  if (site.memory === false) parts.push('site memory off');
  if (site.disabledRuleIds?.length) parts.push(`${plural(site.disabledRuleIds.length, 'rule')} switched off`);
  if (countRules(site.userRules)) parts.push(plural(countRules(site.userRules), 'own rule'));
  return parts.join(', ') || 'defaults';
}

function mergeSite(base: SiteSettings | undefined, extra: SiteSettings): SiteSettings {
  const site: SiteSettings = { ...base, ...extra };
  const ids = [...new Set([...(base?.disabledRuleIds ?? []), ...(extra.disabledRuleIds ?? [])])];
  if (ids.length) site.disabledRuleIds = ids;
  const rules = mergeRules(base?.userRules, extra.userRules);
  if (rules) site.userRules = rules;
  if (base?.keptText || extra.keptText) site.keptText = { ...base?.keptText, ...extra.keptText };
  return site;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function diff(current: StoredSettings, next: StoredSettings): ImportChange[] {
  const changes: ImportChange[] = [];
  const hosts = [...new Set([...Object.keys(current.sites), ...Object.keys(next.sites)])].sort();
  for (const host of hosts) {
    const before = current.sites[host];
    const after = next.sites[host];
    const what = `Site ${host}`;
    if (!before && after) changes.push({ kind: 'add', what, detail: describeSite(after) });
    else if (before && !after) changes.push({ kind: 'remove', what, detail: describeSite(before) });
    else if (before && after && !same(before, after)) {
      changes.push({ kind: 'replace', what, detail: `${describeSite(before)} → ${describeSite(after)}` });
    }
  }
  if (current.globalRules.trim() !== next.globalRules.trim()) {
    const before = countRules(current.globalRules);
    const after = countRules(next.globalRules);
    const kind = before === 0 ? 'add' : after === 0 ? 'remove' : 'replace';
    changes.push({
      kind,
      what: 'Your rules for every site',
      detail: `${plural(before, 'rule')} → ${plural(after, 'rule')}`,
    });
  }
  const packsBefore = current.disabledPacks ?? [];
  const packsAfter = next.disabledPacks ?? [];
  if (!same(packsBefore, packsAfter)) {
    changes.push({
      kind: packsBefore.length === 0 ? 'add' : packsAfter.length === 0 ? 'remove' : 'replace',
      what: 'Built-in packs switched off',
      detail: `${packsBefore.join(', ') || 'none'} → ${packsAfter.join(', ') || 'none'}`,
    });
  }
  if (!same(current.reader, next.reader)) {
    const r = next.reader;
    changes.push({
      kind: 'replace',
      what: 'Reader preferences',
      detail: `${r.theme}, ${r.font}, ${r.fontSize}px, ${r.lineWidth}ch`,
    });
  }
  return changes;
}

export function planImport(current: StoredSettings, file: ImportFile, mode: ImportMode): ImportPlan {
  const next = structuredClone(current);
  if (file.kind === 'rules') {
    next.globalRules = mode === 'replace' ? file.rules : mergeRules(current.globalRules, file.rules);
  } else if (mode === 'replace') {
    Object.assign(next, structuredClone(file.settings));
    // Exactly the file: a file with every pack on turns back on the packs switched off here.
    if (!file.settings.disabledPacks) delete next.disabledPacks;
  } else {
    for (const [host, site] of Object.entries(file.settings.sites))
      next.sites[host] = mergeSite(current.sites[host], site);
    next.globalRules = mergeRules(current.globalRules, file.settings.globalRules);
    next.reader = { ...file.settings.reader };
    const packs = [...(current.disabledPacks ?? []), ...(file.settings.disabledPacks ?? [])];
    if (packs.length > 0) next.disabledPacks = packs;
  }
  const normalised = normaliseSettings(next);
  return {
    next: normalised,
    changes: diff(current, normalised),
    skipped: file.kind === 'rules' ? file.skipped : [],
  };
}
