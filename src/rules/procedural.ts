/**
 * Compiles a cosmetic selector, with uBO's procedural operators, into steps run against a DOM:
 *   `css`                  → querySelectorAll
 *   `:has-text(/re/flags)` → keep elements whose whitespace-collapsed text matches (plain text = substring)
 *   `:upward(n | css)`     → the n-th ancestor, or the closest ancestor matching css (`:nth-ancestor(n)` too)
 *   ` > css`, ` css`, ` + css`, ` ~ css` after an operator → continue from the elements found so far
 */
import { normalizedText } from '../dom/text';
import { unsafePatternReason } from './safe-pattern';

/** How long one rule may run on one subtree before it is stopped and reported as skipped. */
export const RULE_BUDGET_MS = 1000;

/** How much of an element's text a `:has-text(/regex/)` test reads. */
export const MAX_REGEX_TEXT = 10_000;

/** Thrown when a rule runs past its time budget; the caller skips the rule and says so. */
export class RuleBudgetError extends Error {
  constructor(readonly budgetMs: number) {
    super(`took longer than ${budgetMs} ms`);
  }
}

export class SelectorSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based offset in the selector text. */
    readonly offset: number,
  ) {
    super(message);
  }
}

type Step =
  | { kind: 'hasText'; test: (text: string) => boolean }
  | { kind: 'upward'; count: number; selector: string | null }
  | { kind: 'relative'; combinator: ' ' | '>' | '+' | '~'; compound: string };

/** Caches a caller may share between selectors run on the same unmodified tree. */
export interface MatchIndex {
  /** Whether `test` accepts the element's folded text (may be memoised per text). */
  matches(test: (text: string) => boolean, el: Element): boolean;
  /** querySelectorAll on the root the selector runs on. */
  all(css: string): Element[];
  /**
   * `elements.filter((el) => matches(test, el))`, calling `tick` before each text it tests; an index may test
   * each distinct text once instead of once per element.
   */
  filterByText?(elements: Element[], test: (text: string) => boolean, tick: () => void): Element[];
}

export interface CompiledSelector {
  /** The leading plain-CSS part. */
  readonly css: string;
  readonly procedural: boolean;
  /**
   * Every element under `root` the selector matches, in document order of discovery, without duplicates.
   * Throws RuleBudgetError when the procedural steps run past `budgetMs` (checked between elements).
   */
  match(root: Document | Element, index?: MatchIndex, budgetMs?: number): Element[];
}

const SUPPORTED = new Set(['has-text', 'upward', 'nth-ancestor']);
const UNSUPPORTED = [
  'style',
  'remove',
  'remove-attr',
  'remove-class',
  'xpath',
  'matches-css',
  'matches-css-before',
  'matches-css-after',
  'min-text-length',
  'watch-attr',
  'others',
  'matches-attr',
  'matches-path',
  'matches-prop',
  'matches-media',
  'if',
  'if-not',
  'shadow',
  '-abp-contains',
  '-abp-has',
  'spath',
];

export function compileSelector(text: string): CompiledSelector {
  const ops = findOperators(text);
  const first = ops[0];
  const css = (first ? text.slice(0, first.start) : text).trim();
  checkBalanced(css, 0);
  if (css === '')
    throw new SelectorSyntaxError('A selector must start with plain CSS (e.g. `div:has-text(…)`)', 0);
  const steps: Step[] = [];
  ops.forEach((op, i) => {
    if (op.name === 'has-text') steps.push({ kind: 'hasText', test: textTest(op.arg, op.argStart) });
    else steps.push(upwardStep(op.arg, op.argStart));
    const restEnd = ops[i + 1]?.start ?? text.length;
    const rest = text.slice(op.end, restEnd);
    if (rest.trim() !== '') steps.push(...relativeSteps(rest, op.end));
  });
  return {
    css,
    procedural: steps.length > 0,
    match(root, index, budgetMs = RULE_BUDGET_MS) {
      const deadline = now() + budgetMs;
      let calls = 0;
      // The clock is read every 64 elements: reading it per element cost more than the tests themselves.
      const inBudget = (): void => {
        if ((++calls & 63) === 0 && now() > deadline) throw new RuleBudgetError(budgetMs);
      };
      const test = index
        ? (t: (text: string) => boolean, el: Element): boolean => index.matches(t, el)
        : (t: (text: string) => boolean, el: Element): boolean => t(normalizedText(el));
      const accepts = (t: (text: string) => boolean, el: Element): boolean => {
        inBudget();
        return test(t, el);
      };
      let found = index ? index.all(css) : Array.from(root.querySelectorAll(css));
      for (const step of steps) found = unique(applyStep(step, found, root, accepts, inBudget, index));
      return found;
    },
  };
}

interface Operator {
  name: string;
  arg: string;
  start: number;
  argStart: number;
  end: number;
}

/** Finds the top-level procedural operators; rejects uBO operators Pith does not implement. */
function findOperators(text: string): Operator[] {
  const ops: Operator[] = [];
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ':') {
      const name = /^:([-a-z]+)\(/.exec(text.slice(i))?.[1];
      if (!name) continue;
      if (UNSUPPORTED.includes(name)) {
        throw new SelectorSyntaxError(
          `The operator :${name}() is not supported; Pith supports :has-text() and :upward()`,
          i,
        );
      }
      if (!SUPPORTED.has(name)) continue;
      if (depth > 0) throw new SelectorSyntaxError(`:${name}() cannot be nested inside another selector`, i);
      const argStart = i + name.length + 2;
      const argEnd = closingParen(text, argStart);
      if (argEnd < 0) throw new SelectorSyntaxError(`Unclosed :${name}(`, i);
      ops.push({ name, arg: text.slice(argStart, argEnd), start: i, argStart, end: argEnd + 1 });
      i = argEnd;
    }
  }
  return ops;
}

function closingParen(text: string, from: number): number {
  let depth = 1;
  let inRegex = text[from] === '/';
  for (let i = inRegex ? from + 1 : from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inRegex) {
      if (ch === '/') inRegex = false;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

function checkBalanced(css: string, offset: number): void {
  let depth = 0;
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    if (depth < 0) throw new SelectorSyntaxError(`Unexpected "${ch}"`, offset + i);
  }
  if (depth !== 0) throw new SelectorSyntaxError('Unbalanced brackets in selector', offset + css.length);
}

function textTest(arg: string, offset: number): (text: string) => boolean {
  const regex = /^\/(.*)\/([a-z]*)$/s.exec(arg.trim());
  if (!regex) {
    const needle = arg.trim();
    if (needle === '') throw new SelectorSyntaxError(':has-text() needs a text or a /regex/', offset);
    return (text) => text.includes(needle);
  }
  const [, source = '', flags = ''] = regex;
  if (/[^imsu]/.test(flags)) throw new SelectorSyntaxError(`Unsupported regex flags "${flags}"`, offset);
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (error) {
    throw new SelectorSyntaxError(`Invalid regular expression: ${(error as Error).message}`, offset);
  }
  const unsafe = unsafePatternReason(source);
  if (unsafe !== null) throw new SelectorSyntaxError(`Unsafe regular expression: ${unsafe}`, offset);
  // A regex with several repetitions is polynomial in the text's length, and one test cannot be interrupted:
  // it sees at most the first MAX_REGEX_TEXT characters (a block a text rule is written for is far shorter).
  return (text) => re.test(text.length > MAX_REGEX_TEXT ? text.slice(0, MAX_REGEX_TEXT) : text);
}

function upwardStep(arg: string, offset: number): Step {
  const trimmed = arg.trim();
  if (/^\d+$/.test(trimmed)) {
    const count = Number(trimmed);
    if (count < 1 || count > 256) throw new SelectorSyntaxError(':upward() takes 1 to 256', offset);
    return { kind: 'upward', count, selector: null };
  }
  if (trimmed === '') throw new SelectorSyntaxError(':upward() needs a number or a selector', offset);
  checkBalanced(trimmed, offset);
  return { kind: 'upward', count: 0, selector: trimmed };
}

/** Splits ` > .a + b` into combinator/compound pairs. */
function relativeSteps(rest: string, offset: number): Step[] {
  const steps: Step[] = [];
  const re = /\s*([>+~])\s*|\s+/y;
  let i = 0;
  while (i < rest.length) {
    re.lastIndex = i;
    const m = re.exec(rest);
    if (!m) {
      if (steps.length === 0) {
        throw new SelectorSyntaxError(
          'After a procedural operator, continue with a combinator (" ", >, +, ~)',
          offset + i,
        );
      }
      break;
    }
    const combinator = (m[1] ?? ' ') as ' ' | '>' | '+' | '~';
    i = re.lastIndex;
    let j = i;
    let depth = 0;
    while (j < rest.length) {
      const ch = rest[j];
      if (ch === '(' || ch === '[') depth++;
      else if (ch === ')' || ch === ']') depth--;
      else if (depth === 0 && /[\s>+~]/.test(ch ?? '')) break;
      j++;
    }
    const compound = rest.slice(i, j);
    if (compound === '') throw new SelectorSyntaxError('Missing selector after combinator', offset + i);
    checkBalanced(compound, offset + i);
    steps.push({ kind: 'relative', combinator, compound });
    i = j;
    if (/^\s*$/.test(rest.slice(i))) break;
  }
  return steps;
}

function applyStep(
  step: Step,
  elements: Element[],
  root: Document | Element,
  accepts: (test: (text: string) => boolean, el: Element) => boolean,
  inBudget: () => void,
  index: MatchIndex | undefined,
): Element[] {
  switch (step.kind) {
    case 'hasText':
      return index?.filterByText
        ? index.filterByText(elements, step.test, inBudget)
        : elements.filter((el) => accepts(step.test, el));
    case 'upward':
      return elements.flatMap((el) => {
        inBudget();
        const up = step.selector ? el.parentElement?.closest(step.selector) : nthAncestor(el, step.count);
        return up && up !== root && root.contains(up) ? [up] : [];
      });
    case 'relative':
      return elements.flatMap((el) => {
        inBudget();
        return relatives(el, step.combinator, step.compound);
      });
  }
}

function nthAncestor(el: Element, n: number): Element | null {
  let cur: Element | null = el;
  for (let i = 0; i < n && cur; i++) cur = cur.parentElement;
  return cur;
}

function relatives(el: Element, combinator: ' ' | '>' | '+' | '~', compound: string): Element[] {
  switch (combinator) {
    case ' ':
      return Array.from(el.querySelectorAll(compound));
    case '>':
      return Array.from(el.children).filter((c) => c.matches(compound));
    case '+': {
      const next = el.nextElementSibling;
      return next?.matches(compound) ? [next] : [];
    }
    case '~': {
      const out: Element[] = [];
      for (let s = el.nextElementSibling; s; s = s.nextElementSibling) if (s.matches(compound)) out.push(s);
      return out;
    }
  }
}

function unique(elements: Element[]): Element[] {
  return Array.from(new Set(elements));
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}
