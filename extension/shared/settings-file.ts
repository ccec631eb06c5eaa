/**
 * Reads a file the user wants to import, strictly: one versioned JSON file for all settings, or plain filter-list
 * text for rules alone (a uBlock Origin cosmetic list pastes in; lines Pith cannot run are listed, not dropped
 * silently). Every field is checked for its type and every rule is parsed and bounded; the first problem comes
 * back as a plain sentence naming the field, and nothing is changed.
 */
import { parseRules } from '../../src/rules/parse';
import type { RuleError } from '../../src/types';
import { fail, ok } from './messages';
import type { Result } from './messages';
import { DISABLED_PACKS_LIMIT, EXPORT_FORMAT, migrate, SETTINGS_KEY, SETTINGS_VERSION } from './storage';
import type { StoredSettings } from './storage';

/** Bounds on what an import may bring: enough for any real list, small enough to stay responsive. */
export const IMPORT_LIMITS = { fileChars: 2_000_000, ruleLineChars: 4_000, rules: 20_000, sites: 5_000 };

export type ImportFile =
  { kind: 'settings'; settings: StoredSettings } | { kind: 'rules'; rules: string; skipped: RuleError[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

class FieldError extends Error {}

function must(condition: boolean, field: string, wanted: string, value: unknown): void {
  if (!condition) throw new FieldError(`"${field}" should be ${wanted}, but it is ${typeName(value)}.`);
}

function optionalBoolean(site: Record<string, unknown>, key: string, field: string): void {
  if (key in site) must(typeof site[key] === 'boolean', `${field}.${key}`, 'true or false', site[key]);
}

/** Checks a rule list: every line parses and stays within the bounds. */
function checkRules(text: string, field: string): void {
  const { rules, errors } = parseRules(text, 'user');
  const first = errors[0];
  if (first) {
    throw new FieldError(
      `"${field}", line ${first.line}, column ${first.column}: ${first.message} (${first.source.trim()}).`,
    );
  }
  if (rules.length > IMPORT_LIMITS.rules)
    throw new FieldError(`"${field}" has more than ${IMPORT_LIMITS.rules} rules.`);
  const long = text.split(/\r\n|\r|\n/).findIndex((line) => line.length > IMPORT_LIMITS.ruleLineChars);
  if (long >= 0)
    throw new FieldError(
      `"${field}", line ${long + 1} is longer than ${IMPORT_LIMITS.ruleLineChars} characters.`,
    );
}

function checkSite(host: string, value: unknown): void {
  const field = `settings.sites["${host}"]`;
  must(
    /^[a-z0-9.-]+(?::\d+)?$|^\[[0-9a-f:]+\](?::\d+)?$/i.test(host),
    `${field}`,
    'keyed by a host name',
    host,
  );
  must(isRecord(value), field, 'an object', value);
  const site = value as Record<string, unknown>;
  optionalBoolean(site, 'builtinRules', field);
  optionalBoolean(site, 'autoClean', field);
  optionalBoolean(site, 'memory', field);
  if ('disabledRuleIds' in site) {
    const ids = site.disabledRuleIds;
    must(Array.isArray(ids), `${field}.disabledRuleIds`, 'a list of rule ids', ids);
    (ids as unknown[]).forEach((id, i) =>
      must(
        typeof id === 'string' && /^[\w-]+:[\w.-]+$/.test(id), // `memory:<text hash>.<path hash>` has a dot
        `${field}.disabledRuleIds[${i}]`,
        'a rule id such as "share:1x2k9qa"',
        id,
      ),
    );
  }
  if ('userRules' in site) {
    must(typeof site.userRules === 'string', `${field}.userRules`, 'text', site.userRules);
    checkRules(site.userRules as string, `${field}.userRules`);
  }
  if ('keptText' in site) {
    const kept = site.keptText;
    must(isRecord(kept), `${field}.keptText`, 'an object of text samples', kept);
    for (const [line, text] of Object.entries(kept as Record<string, unknown>))
      must(typeof text === 'string', `${field}.keptText["${line.slice(0, 40)}"]`, 'text', text);
  }
}

/** Optional: a list of built-in pack names switched off everywhere (`"cookies"`, `"share"` …). */
function checkPacks(s: Record<string, unknown>): void {
  if (!('disabledPacks' in s)) return;
  const packs = s.disabledPacks;
  must(Array.isArray(packs), 'settings.disabledPacks', 'a list of pack names', packs);
  must(
    (packs as unknown[]).length <= DISABLED_PACKS_LIMIT,
    'settings.disabledPacks',
    `at most ${DISABLED_PACKS_LIMIT} pack names`,
    packs,
  );
  (packs as unknown[]).forEach((name, i) =>
    must(
      typeof name === 'string' && /^[a-z0-9-]{1,40}$/.test(name),
      `settings.disabledPacks[${i}]`,
      'a pack name such as "cookies"',
      name,
    ),
  );
}

function checkReader(value: unknown): void {
  must(isRecord(value), 'settings.reader', 'an object', value);
  const reader = value as Record<string, unknown>;
  const { theme, font, fontSize, lineWidth } = reader;
  if ('theme' in reader)
    must(
      theme === 'system' || theme === 'light' || theme === 'sepia' || theme === 'dark',
      'settings.reader.theme',
      '"system", "light", "sepia" or "dark"',
      theme,
    );
  if ('font' in reader)
    must(font === 'serif' || font === 'sans', 'settings.reader.font', '"serif" or "sans"', font);
  if ('fontSize' in reader)
    must(
      typeof fontSize === 'number' && fontSize >= 10 && fontSize <= 40,
      'settings.reader.fontSize',
      'a number from 10 to 40',
      fontSize,
    );
  if ('lineWidth' in reader)
    must(
      typeof lineWidth === 'number' && lineWidth >= 30 && lineWidth <= 120,
      'settings.reader.lineWidth',
      'a number from 30 to 120',
      lineWidth,
    );
}

function checkExport(data: Record<string, unknown>): StoredSettings {
  const { version, settings } = data;
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1 ||
    version > SETTINGS_VERSION
  ) {
    throw new FieldError(
      `This export is version ${typeName(version)}; this Pith reads versions 1 to ${SETTINGS_VERSION}.`,
    );
  }
  must(isRecord(settings), 'settings', 'an object', settings);
  const s = settings as Record<string, unknown>;
  for (const key of ['sites', 'globalRules', 'reader']) {
    if (!(key in s))
      throw new FieldError(`"settings.${key}" is missing, so this file cannot say what to import.`);
  }
  must(isRecord(s.sites), 'settings.sites', 'an object of sites', s.sites);
  const sites = Object.entries(s.sites as Record<string, unknown>);
  if (sites.length > IMPORT_LIMITS.sites)
    throw new FieldError(`"settings.sites" has more than ${IMPORT_LIMITS.sites} sites.`);
  for (const [host, site] of sites) checkSite(host, site);
  must(typeof s.globalRules === 'string', 'settings.globalRules', 'text', s.globalRules);
  checkRules(s.globalRules as string, 'settings.globalRules');
  checkReader(s.reader);
  optionalBoolean(s, 'siteMemory', 'settings');
  checkPacks(s);
  // Valid as written: migrations carry old rule ids forward.
  return migrate({ [SETTINGS_KEY]: { ...s, version } }).settings;
}

/** Reads an import: JSON (a Pith export) when it starts with `{`, otherwise a filter list. */
export function readImportFile(raw: string): Result<ImportFile> {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.length > IMPORT_LIMITS.fileChars) {
    return fail(
      'invalid-import',
      `This file is too large to import (over ${IMPORT_LIMITS.fileChars / 1_000_000} million characters).`,
    );
  }
  if (text.trim() === '') return fail('invalid-import', 'This file is empty.');
  if (!text.trimStart().startsWith('{')) return readRuleList(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(
      'invalid-import',
      'This file starts like JSON but is not valid JSON (a missing comma or quote?).',
    );
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return fail(
      'invalid-import',
      `This file is not a Pith settings export (it has no "format": "${EXPORT_FORMAT}").`,
    );
  }
  try {
    return ok({ kind: 'settings', settings: checkExport(data) });
  } catch (error) {
    if (error instanceof FieldError) return fail('invalid-import', error.message);
    throw error;
  }
}

/** A filter list: the lines Pith can run are kept, the others listed with their line and reason. */
function readRuleList(text: string): Result<ImportFile> {
  const lines = text.split(/\r\n|\r|\n/);
  const { rules, errors } = parseRules(text, 'user');
  if (rules.length > IMPORT_LIMITS.rules)
    return fail('invalid-import', `This list has more than ${IMPORT_LIMITS.rules} rules.`);
  const bad = new Set(errors.map((e) => e.line));
  const long = lines.findIndex((line) => line.length > IMPORT_LIMITS.ruleLineChars);
  if (long >= 0)
    return fail(
      'invalid-import',
      `Line ${long + 1} is longer than ${IMPORT_LIMITS.ruleLineChars} characters.`,
    );
  if (rules.length === 0) {
    return fail(
      'invalid-import',
      errors.length > 0
        ? `None of the ${errors.length} rules in this list is one Pith can run (cosmetic ## and #@# rules only).`
        : 'This list has no rules.',
    );
  }
  const kept = lines
    .filter((_, i) => !bad.has(i + 1))
    .join('\n')
    .trim();
  return ok({ kind: 'rules', rules: kept, skipped: errors });
}
