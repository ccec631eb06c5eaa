/**
 * The element picker's logic, without its UI: which element is chosen (and its parents and children, for the
 * wheel and the arrow keys), the rule suggested for it, and what an edited rule would remove on this page.
 */
import { suggestSelectors } from '../../src/dom/stable-selector';
import { parseRules } from '../../src/rules/parse';
import { appliesTo } from '../../src/rules/rule-set';
import { compileSelector } from '../../src/rules/procedural';

/** The rule the picker proposes for `el`: this site, the most stable selector that finds exactly it. */
export function suggestRule(el: Element, host: string): string {
  const best = suggestSelectors(el, 1)[0];
  return best ? `${host}##${best.selector}` : '';
}

export type RulePreview = { ok: true; matches: Element[] } | { ok: false; message: string };

/** What `line` would remove on this page, or why it is not a rule the picker can save. */
export function previewRule(doc: Document, line: string, host: string, ignore?: Element): RulePreview {
  const { rules, errors } = parseRules(line, 'user');
  const error = errors[0];
  if (error) return { ok: false, message: `Column ${error.column}: ${error.message}` };
  const rule = rules[0];
  if (!rule || rules.length > 1) return { ok: false, message: 'Write one rule on one line.' };
  if (rule.exception) return { ok: false, message: 'This is an exception (#@#); use ## to remove.' };
  if (!appliesTo(rule, host)) return { ok: false, message: `This rule does not apply to ${host}.` };
  let matches: Element[];
  try {
    matches = compileSelector(rule.selectorText).match(doc);
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  return { ok: true, matches: matches.filter((el) => el !== ignore && !ignore?.contains(el)) };
}

/** The chosen element and the way back down: the wheel goes up to a parent and down again the same way. */
export class PickPath {
  private trail: Element[] = [];

  constructor(private current: Element) {}

  get element(): Element {
    return this.current;
  }

  /** Starts again from a new element under the pointer. */
  reset(el: Element): void {
    this.current = el;
    this.trail = [];
  }

  parent(): Element {
    const up = this.current.parentElement;
    if (up && up.localName !== 'html' && up.localName !== 'body') {
      this.trail.push(this.current);
      this.current = up;
    }
    return this.current;
  }

  child(): Element {
    const down = this.trail.pop() ?? this.current.firstElementChild;
    if (down) this.current = down;
    return this.current;
  }
}
