/** The built-in rule packs, parsed once per process. */
import type { Rule } from '../types';
import { BUILTIN_PACKS } from './builtin-packs.generated';
import { parseRules } from './parse';

let cache: Rule[] | null = null;

export function builtinRules(): Rule[] {
  if (!cache) {
    cache = [];
    for (const [pack, text] of Object.entries(BUILTIN_PACKS)) {
      const { rules, errors } = parseRules(text, pack);
      // A broken built-in rule is a bug caught by test/unit/builtin-rules.test.ts; at run time, skip it.
      if (errors.length === 0 || rules.length > 0) cache.push(...rules);
    }
  }
  return cache;
}

export const BUILTIN_PACK_NAMES = Object.keys(BUILTIN_PACKS);
