/** Reports parse errors in the user's `--rules` file as `FILE:LINE:COL: message`. */
import { parseRules } from '../rules/parse';
import type { RuleError } from '../types';

export type RuleErrorLister = (text: string) => readonly RuleError[];

/** The engine's rule-error lister (async so tests can substitute a lazy one). */
export async function loadRuleParser(): Promise<RuleErrorLister | null> {
  return (text) => parseRules(text, 'user').errors;
}

/** `rules.txt:3:1: message`, one line per error, lines and columns 1-based as the engine reports them. */
export function formatRuleErrors(file: string, errors: readonly RuleError[]): string {
  return errors
    .map((e) => `${file}:${e.line}:${e.column}: ${e.message.replace(/\s+/g, ' ').trim()}\n`)
    .join('');
}
