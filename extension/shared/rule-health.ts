/**
 * Rule health: what each rule removed on a site's recent visits, so the rules manager can flag a site rule that
 * matched nothing lately ("may be stale: the site changed?"). Kept apart from the settings (it is a log, not a
 * choice the user made), in `storage.local`, a few visits per site.
 */
import { parseRules } from '../../src/rules/parse';

/** One visit: when, and how many blocks each rule that fired removed. */
export interface Visit {
  at: number;
  counts: Record<string, number>;
}

export interface RuleHealth {
  version: 1;
  sites: Record<string, Visit[]>;
}

export const HEALTH_KEY = 'ruleHealth';
export const VISITS_KEPT = 5;
/** A rule is "may be stale" when it removed nothing on this many visits in a row (the latest ones). */
export const STALE_AFTER = 3;
const SITES_KEPT = 300;

export function emptyHealth(): RuleHealth {
  return { version: 1, sites: {} };
}

/** Whatever is stored, as a valid log; anything damaged is dropped (it is only a log). */
export function normaliseHealth(value: unknown): RuleHealth {
  const health = emptyHealth();
  if (typeof value !== 'object' || value === null) return health;
  const sites = (value as { sites?: unknown }).sites;
  if (typeof sites !== 'object' || sites === null) return health;
  for (const [host, visits] of Object.entries(sites)) {
    if (!Array.isArray(visits)) continue;
    health.sites[host] = visits
      .filter(
        (v): v is Visit => typeof v?.at === 'number' && typeof v?.counts === 'object' && v.counts !== null,
      )
      .slice(-VISITS_KEPT);
  }
  return health;
}

/** Adds a visit to `host`; keeps the last few visits per site and the most recently visited sites. */
export function recordVisit(
  health: RuleHealth,
  host: string,
  fired: readonly { ruleId: string; count: number }[],
  at: number,
): RuleHealth {
  const counts: Record<string, number> = {};
  for (const rule of fired) counts[rule.ruleId] = (counts[rule.ruleId] ?? 0) + rule.count;
  const visits = [...(health.sites[host] ?? []), { at, counts }].slice(-VISITS_KEPT);
  const others = Object.entries(health.sites).filter(([h]) => h !== host);
  others.sort(([, a], [, b]) => (b.at(-1)?.at ?? 0) - (a.at(-1)?.at ?? 0));
  return { version: 1, sites: Object.fromEntries([[host, visits], ...others.slice(0, SITES_KEPT - 1)]) };
}

/** What `ruleId` removed on each recent visit, oldest first. */
export function countsFor(visits: readonly Visit[], ruleId: string): number[] {
  return visits.map((visit) => visit.counts[ruleId] ?? 0);
}

/** True when the rule removed nothing on each of the latest `STALE_AFTER` visits. */
export function mayBeStale(visits: readonly Visit[], ruleId: string): boolean {
  const recent = visits.slice(-STALE_AFTER);
  return recent.length >= STALE_AFTER && recent.every((visit) => !visit.counts[ruleId]);
}

/** The site's own removal rules (`userRules`) that matched nothing on each of the latest visits, as written. */
export function staleSiteRules(userRules: string, visits: readonly Visit[]): string[] {
  return parseRules(userRules, 'user')
    .rules.filter((rule) => !rule.exception && mayBeStale(visits, rule.id))
    .map((rule) => rule.source);
}
