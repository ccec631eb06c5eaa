/** Turns stored settings into engine options, the same way wherever the engine runs. */
import type { CleanOptions } from '../../src/types';
import { isOn } from './storage';
import type { SiteSettings } from './storage';

/** `rulesOnly`: the popup's "rules only" view, which skips the engine's heuristics. */
export function cleanOptionsFor(
  url: string,
  site: SiteSettings,
  globalRules = '',
  rulesOnly = false,
): CleanOptions {
  const rules = [globalRules, site.userRules ?? ''].filter((text) => text.trim() !== '').join('\n');
  return {
    url,
    builtinRules: isOn(site.builtinRules),
    disabledRuleIds: site.disabledRuleIds ?? [],
    ...(rules ? { rules } : {}),
    ...(rulesOnly ? { heuristics: false } : {}),
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
