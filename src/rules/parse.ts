/**
 * Parses rule lists written in uBlock Origin's cosmetic filter syntax:
 *
 *   ! reason: Share buttons              sets the reason for the rules below it (a uBO comment, so lists stay pasteable)
 *   ##.share-bar                         generic: every site
 *   example.com,~m.example.com##.related site rule (a host matches itself and its subdomains; `~` excludes)
 *   example.com#@#.related               exception: cancels `##.related` on that site, and protects what it matches
 *   ##h2:has-text(/^Related$/i):upward(1) procedural operators: `:has-text()`, `:upward()`
 *
 * Anything else uBO knows (network filters, scriptlets, `:style()`, `:xpath()` …) is rejected with a clear
 * error naming line and column, because silently ignoring a rule the user pasted would look like a bug.
 */
import type { Rule, RuleError } from '../types';
import { compileSelector, SelectorSyntaxError } from './procedural';
import { ruleIdFor } from './rule-id';

export interface ParsedRules {
  rules: Rule[];
  errors: RuleError[];
}

const HOST_RE = /^~?(?:\*|[a-z0-9*](?:[a-z0-9*-]*[a-z0-9*])?(?:\.[a-z0-9*](?:[a-z0-9*-]*[a-z0-9*])?)*)$/i;

export function parseRules(text: string, pack: string, defaultReason = 'Removed by a rule'): ParsedRules {
  const rules: Rule[] = [];
  const errors: RuleError[] = [];
  let reason = defaultReason;
  const seen = new Set<string>();
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trim();
    const indent = raw.length - raw.trimStart().length;
    if (line === '') return;
    if (line.startsWith('!')) {
      const directive = /^!\s*reason\s*:\s*(.+)$/i.exec(line);
      if (directive?.[1]) reason = directive[1].trim();
      return;
    }
    if (line.startsWith('[') && line.endsWith(']')) return; // "[Adblock Plus 2.0]" list headers
    const parsed = parseRuleLine(line);
    if ('error' in parsed) {
      errors.push({ line: lineNo, column: indent + parsed.column, message: parsed.error, source: raw });
      return;
    }
    const id = ruleIdFor(pack, line);
    // The same filter twice is one rule (its id is its text): the first one, with its reason, counts.
    if (seen.has(id)) return;
    seen.add(id);
    rules.push({
      id,
      pack,
      reason,
      hosts: parsed.hosts,
      excludedHosts: parsed.excludedHosts,
      exception: parsed.exception,
      selectorText: parsed.selectorText,
      source: line,
    });
  });
  return { rules, errors };
}

type LineParse =
  | { hosts: string[]; excludedHosts: string[]; exception: boolean; selectorText: string }
  | { error: string; column: number };

function parseRuleLine(line: string): LineParse {
  const sep = /#@?#|#\$#|#\?#|#@\$#|#@\?#|#%#|#@%#/.exec(line);
  if (!sep) {
    return {
      error:
        'Not a cosmetic filter: only `##` (hide) and `#@#` (exception) rules are supported, not network filters',
      column: 1,
    };
  }
  const column = sep.index + 1;
  if (sep[0] !== '##' && sep[0] !== '#@#') {
    return { error: `Unsupported filter type "${sep[0]}": use ## or #@#`, column };
  }
  const hostPart = line.slice(0, sep.index);
  const selectorText = line.slice(sep.index + sep[0].length).trim();
  const hosts: string[] = [];
  const excludedHosts: string[] = [];
  if (hostPart !== '') {
    let offset = 0;
    for (const rawHost of hostPart.split(',')) {
      const host = rawHost.trim().toLowerCase();
      if (!HOST_RE.test(host)) {
        return { error: `Invalid host "${rawHost}"`, column: offset + 1 };
      }
      if (host.startsWith('~')) excludedHosts.push(host.slice(1));
      else hosts.push(host);
      offset += rawHost.length + 1;
    }
  }
  if (selectorText === '')
    return { error: 'Missing selector after the separator', column: column + sep[0].length };
  if (selectorText.startsWith('+js(')) {
    return { error: 'Scriptlet filters (+js) are not supported: Pith never runs page scripts', column };
  }
  try {
    compileSelector(selectorText);
  } catch (error) {
    if (error instanceof SelectorSyntaxError) {
      return { error: error.message, column: column + sep[0].length + error.offset };
    }
    throw error;
  }
  return { hosts, excludedHosts, exception: sep[0] === '#@#', selectorText };
}
