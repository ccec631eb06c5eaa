/** Turns stored settings into engine options, the same way wherever the engine runs. */
import type { CleanOptions, SiteTemplate } from '../../src/types';
import { isOn } from './storage';
import type { SiteSettings } from './storage';

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
  globalRules = '',
  rulesOnly = false,
  memory?: { template: SiteTemplate; collect: boolean },
): CleanOptions {
  if (!isOn(site.builtinRules)) {
    return { url, builtinRules: false, disabledRuleIds: [], heuristics: false };
  }
  const rules = [globalRules, site.userRules ?? ''].filter((text) => text.trim() !== '').join('\n');
  return {
    url,
    builtinRules: true,
    disabledRuleIds: site.disabledRuleIds ?? [],
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
