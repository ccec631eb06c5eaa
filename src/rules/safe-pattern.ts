/**
 * Refuses regular expressions that can take exponential time, before they run on page text. JavaScript cannot
 * interrupt a running regex, so a user rule like `:has-text(/(a+)+$/)` on 32 a's would freeze the tab; it is
 * rejected when the rule is parsed instead, with the reason shown at its line.
 *
 * On the pattern's syntax tree (tokenised by `ret`), a "repetition" is a quantifier that allows more than one
 * copy (`+`, `*`, `{2,}`, `{1,40}`; an optional `?` is not one). Refused: a repetition inside a repetition
 * (`(a+)+`), a choice inside a repetition (`(a|aa)+`: the branches can split one text many ways), and
 * back-references (no bound at all). What is left can still be slow on a very long text (polynomial, not
 * exponential); the per-rule time budget in `procedural.ts` stops such a rule between elements.
 */
import tokenize, { types, type Tokens } from 'ret';

/** Why the pattern is refused, or null when it may run. */
export function unsafePatternReason(source: string): string | null {
  let root: Tokens;
  try {
    root = tokenize(source);
  } catch {
    return null; // the RegExp constructor reports syntax errors with a better message
  }
  return problem(root, false);
}

function problem(token: Tokens, inRepetition: boolean): string | null {
  switch (token.type) {
    case types.REFERENCE:
      return 'back-references are not allowed (their running time has no bound)';
    case types.REPETITION: {
      // ret spells an open upper bound as Infinity.
      const repeats = token.max > 1;
      if (repeats && inRepetition)
        return 'a repetition inside a repetition, like (a+)+, can take exponential time: use one level';
      return problem(token.value, inRepetition || repeats);
    }
    case types.ROOT:
    case types.GROUP: {
      const branches = token.options ?? (token.stack ? [token.stack] : []);
      if (inRepetition && branches.length > 1)
        return 'a choice inside a repetition, like (a|aa)+, can take exponential time';
      for (const branch of branches) {
        for (const t of branch) {
          const found = problem(t, inRepetition);
          if (found !== null) return found;
        }
      }
      return null;
    }
    default:
      return null;
  }
}
