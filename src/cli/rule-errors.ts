/**
 * Reports parse errors in the user's `--rules` file as `FILE:LINE:COL: message`.
 *
 * TODO(lead): the engine will export `parseRules(text): { rules, errors }` from `src/rules/parse.ts`. Until it does,
 * the module is loaded dynamically, by a specifier TypeScript does not follow, and its absence means "no
 * diagnostics". Once it lands, replace `loadRuleParser` with `import { parseRules } from '../rules/parse'`.
 */
import type { RuleError } from '../types';

export type RuleErrorLister = (text: string) => readonly RuleError[];

const PARSE_MODULE = '../rules/parse';

/** The engine's rule-error lister, or null while `src/rules/parse.ts` does not exist or exports no `parseRules`. */
export async function loadRuleParser(specifier: string = PARSE_MODULE): Promise<RuleErrorLister | null> {
  let mod: unknown;
  try {
    mod = await import(/* @vite-ignore */ specifier);
  } catch (error) {
    if (isNotFound(error, specifier)) return null;
    throw error;
  }
  const parseRules = isRecord(mod) ? mod['parseRules'] : undefined;
  if (typeof parseRules !== 'function') return null;
  return (text) => {
    const parsed: unknown = parseRules(text);
    const errors = isRecord(parsed) ? parsed['errors'] : undefined;
    return Array.isArray(errors) ? errors.filter(isRuleError) : [];
  };
}

/** `rules.txt:3:1: message`, one line per error, lines and columns 1-based as the engine reports them. */
export function formatRuleErrors(file: string, errors: readonly RuleError[]): string {
  return errors.map((e) => `${file}:${e.line}:${e.column}: ${oneLine(e.message)}\n`).join('');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function isNotFound(error: unknown, specifier: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  const target = specifier.replace(/^(\.\.?\/)+/, '');
  // Only our module missing counts; a missing import *inside* parse.ts is a real bug and must surface.
  const aboutUs = error.message.includes(target);
  return (
    aboutUs && (code === 'ERR_MODULE_NOT_FOUND' || /cannot find module|failed to load/i.test(error.message))
  );
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isRuleError(v: unknown): v is RuleError {
  return (
    isRecord(v) &&
    typeof v['line'] === 'number' &&
    typeof v['column'] === 'number' &&
    typeof v['message'] === 'string'
  );
}
