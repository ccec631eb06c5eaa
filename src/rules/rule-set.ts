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
  const all = [...(options.builtin === false ? [] : builtinRules()), ...user.rules];
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
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function appliesTo(rule: Rule, host: string): boolean {
  if (rule.excludedHosts.some((pattern) => hostMatches(host, pattern))) return false;
  return rule.hosts.length === 0 || rule.hosts.some((pattern) => hostMatches(host, pattern));
}

/** `example.com` matches it and its subdomains; `example.*` matches any public suffix. */
export function hostMatches(host: string, pattern: string): boolean {
  if (host === '') return false;
  if (pattern.includes('*')) {
    const re = new RegExp(`(^|\\.)${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^.]+(?:\\.[^.]+)?')}$`);
    return re.test(host);
  }
  return host === pattern || host.endsWith(`.${pattern}`);
}
