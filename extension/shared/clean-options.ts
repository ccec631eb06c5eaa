/** Turns stored settings into engine options, the same way wherever the engine runs. */
import type { CleanOptions, SiteTemplate } from '../../src/types';
import { isOn } from './storage';
import type { SiteSettings, StoredSettings } from './storage';

/**
 * What applies on every site, beside a site's own settings: the user's global rules and the built-in packs
 * switched off. The background reads it from the settings and sends it with every request to clean a page.
 */
export interface GlobalRules {
  text: string;
  disabledPacks: readonly string[];
}

export const NO_GLOBAL_RULES: GlobalRules = { text: '', disabledPacks: [] };

export function globalRulesOf(settings: StoredSettings): GlobalRules {
  return { text: settings.globalRules, disabledPacks: settings.disabledPacks ?? [] };
}

/** How a page is cleaned, beyond its address and its site's settings. */
export interface CleanHow {
  /** The user's global rules (packs switched off, their own rules for every site). */
  global?: GlobalRules;
  /** "Clean anyway" on a page that is not an article: the rules' cuts and page chrome only. */
  rulesOnly?: boolean;
  /** The site memory's template and whether to collect the page's prints (`result.prints`). */
  memory?: { template: SiteTemplate; collect: boolean };
}

/**
 * "Clean this site" off (`builtinRules: false`) means Pith adds nothing on the site: no rules (built-in or the
 * user's), no heuristics, Readability's article alone.
 * `rulesOnly`: "Clean anyway" on a page that is not an article: the whole page without Readability, cut by the
 * rules and the page-chrome heuristics (navigation, share bars, sign-up boxes; `src/heuristics/page-chrome.ts`),
 * not by the others, whose idea of clutter (link lists, story cards) is such a page's content.
 * `memory`: the site's learned template (cut its blocks) and whether to collect this page's prints; absent when
 * site memory is off, and ignored when Pith is off on the site.
 */
export function cleanOptionsFor(
  url: string,
  site: SiteSettings,
  { global = NO_GLOBAL_RULES, rulesOnly = false, memory }: CleanHow = {},
): CleanOptions {
  if (!isOn(site.builtinRules)) {
    return { url, builtinRules: false, disabledRuleIds: [], heuristics: false };
  }
  const rules = [global.text, site.userRules ?? ''].filter((text) => text.trim() !== '').join('\n');
  return {
    url,
    builtinRules: true,
    disabledRuleIds: site.disabledRuleIds ?? [],
    ...(global.disabledPacks.length > 0 ? { disabledPacks: global.disabledPacks } : {}),
    ...(rules ? { rules } : {}),
    ...(rulesOnly ? { rulesOnly: true, pageChrome: true } : {}),
    ...(memory && memory.template.blocks.length > 0 ? { siteTemplate: memory.template } : {}),
    ...(memory?.collect ? { collectPrints: true } : {}),
  };
}

/** The settings key for a page: its host name, lower-cased, without a leading `www.`. */
export function hostKey(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Match patterns for a host key: the host itself, and its `www.` form for names (not IP addresses). */
export function originPatterns(host: string): string[] {
  const isIp = /^[\d.]+$/.test(host) || host.includes(':');
  return isIp ? [`*://${host}/*`] : [`*://${host}/*`, `*://www.${host}/*`];
}

/** The global rules as the content messages carry them (`globalRules`, `disabledPacks` beside the site's settings). */
export interface GlobalRulesFields {
  /** The user's rules for every site (`GlobalRules.text`). */
  globalRules?: string;
  /** Built-in packs switched off everywhere (`StoredSettings.disabledPacks`). */
  disabledPacks?: string[];
}

export function toFields(global: GlobalRules): GlobalRulesFields {
  return { globalRules: global.text, disabledPacks: [...global.disabledPacks] };
}

export function fromFields(fields: GlobalRulesFields): GlobalRules {
  return { text: fields.globalRules ?? '', disabledPacks: fields.disabledPacks ?? [] };
}
