/**
 * Picks the rules that apply to one page, compiles each selector once, and resolves exceptions:
 * an exception (`#@#`) with the same selector text as a hiding rule cancels it on that host (uBO's meaning),
 * and every exception also protects what it matches from every removal stage ("Keep this" in the popup).
 */
import type { Rule, RuleError } from '../types';
import { builtinRules } from './builtin';
import { parseRules } from './parse';
import { compileSelector, type CompiledSelector } from './procedural';

export interface ActiveRule {
  rule: Rule;
  selector: CompiledSelector;
}

export interface RuleSet {
  hiding: ActiveRule[];
  protecting: ActiveRule[];
  /** Parse errors in the user's rules. */
  errors: RuleError[];
}

export interface RuleSetOptions {
  url: string;
  userRules?: string;
  builtin?: boolean;
  disabledRuleIds?: readonly string[];
  /** Built-in packs switched off everywhere (`share`, `cookies` …): none of their rules apply. */
  disabledPacks?: readonly string[];
}

const compiled = new Map<string, CompiledSelector>();

function compileCached(text: string): CompiledSelector {
  let selector = compiled.get(text);
  if (!selector) {
    selector = compileSelector(text);
    compiled.set(text, selector);
  }
  return selector;
}

export function buildRuleSet(options: RuleSetOptions): RuleSet {
  const host = hostOf(options.url);
  const user = options.userRules ? parseRules(options.userRules, 'user') : { rules: [], errors: [] };
  const packsOff = new Set(options.disabledPacks ?? []);
  // The user's own rules are never a pack that can be switched off, whatever the list names.
  const builtin = options.builtin === false ? [] : builtinRules().filter((rule) => !packsOff.has(rule.pack));
  const all = [...builtin, ...user.rules];
  const disabled = new Set(options.disabledRuleIds ?? []);
  const applicable = all.filter((rule) => !disabled.has(rule.id) && appliesTo(rule, host));
  const exceptions = applicable.filter((rule) => rule.exception);
  const cancelled = new Set(exceptions.map((rule) => rule.selectorText));
  const toActive = (rule: Rule): ActiveRule => ({ rule, selector: compileCached(rule.selectorText) });
  return {
    hiding: applicable.filter((rule) => !rule.exception && !cancelled.has(rule.selectorText)).map(toActive),
    protecting: exceptions.map(toActive),
    errors: user.errors,
  };
}

function hostOf(url: string): string {
  try {
    // `example.com.` (a fully qualified name) is the same site as `example.com`.
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

export function appliesTo(rule: Rule, host: string): boolean {
  if (rule.excludedHosts.some((pattern) => hostMatches(host, pattern))) return false;
  return rule.hosts.length === 0 || rule.hosts.some((pattern) => hostMatches(host, pattern));
}

/**
 * `example.com` matches it and its subdomains; `example.*` matches any public suffix: a `*` stands for one label
 * or two (`com`, `co.uk`). Globs are matched with a table over (pattern piece, host offset), never a backtracking
 * regex: a pattern like `*-*-*-…` on a long host name must cost microseconds, not seconds.
 */
export function hostMatches(host: string, pattern: string): boolean {
  if (host === '') return false;
  if (pattern.includes('*')) return globMatches(host, pattern);
  return host === pattern || host.endsWith(`.${pattern}`);
}

function globMatches(host: string, pattern: string): boolean {
  const pieces = pattern.split(/(\*)/).filter((p) => p !== '');
  const n = host.length;
  // rest[j] (for the pieces from i on): whether they match host.slice(j) exactly. Built from the last piece back.
  let rest: boolean[] = Array.from({ length: n + 1 }, (_, j) => j === n);
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i] as string;
    const here: boolean[] = new Array<boolean>(n + 1).fill(false);
    for (let j = 0; j <= n; j++) {
      if (piece !== '*') {
        here[j] = host.startsWith(piece, j) && (rest[j + piece.length] ?? false);
        continue;
      }
      // One label, or two joined by a dot: no dot at either end, at most one inside.
      if (host[j] === '.' || j === n) continue;
      let dots = 0;
      for (let k = j + 1; k <= n && dots <= 1; k++) {
        if (host[k - 1] === '.') dots++;
        else if (dots <= 1 && rest[k]) {
          here[j] = true;
          break;
        }
      }
    }
    rest = here;
  }
  // The pattern may start at the host's start or after any dot (a subdomain).
  for (let j = 0; j <= n; j++) if ((j === 0 || host[j - 1] === '.') && rest[j]) return true;
  return false;
}
