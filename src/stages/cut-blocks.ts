/**
 * Stages 1 and 3: rules and heuristics find blocks to cut in a subtree. Every rule and heuristic looks at the
 * same unmodified tree (as uBO's cosmetic filters do), then the outermost matches are removed together, so the
 * order of rules in a list never changes the result.
 */
import { HEURISTICS } from '../heuristics';
import type { PageContext, Removal, Stage } from './page-context';

export function cutBlocks(ctx: PageContext, root: Element, stage: Stage, heuristics: boolean): void {
  const textCache = new Map<Element, string>();
  const textOf = (el: Element): string => {
    let text = textCache.get(el);
    if (text === undefined) {
      text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      textCache.set(el, text);
    }
    return text;
  };
  const removals: Removal[] = [];
  const add = (elements: Element[], ruleId: string, reason: string): void => {
    for (const el of elements) if (el !== root) removals.push({ el, ruleId, reason });
  };
  for (const { rule, selector } of ctx.rules.hiding) {
    try {
      add(selector.match(root, textOf), rule.id, rule.reason);
    } catch {
      // A selector this DOM cannot run (say, :has() on an old engine) matches nothing.
    }
  }
  if (heuristics) {
    for (const heuristic of HEURISTICS) {
      const id = `heuristic:${heuristic.name}`;
      if (!ctx.disabled.has(id)) add(heuristic.find(root, textOf), id, heuristic.reason);
    }
  }
  ctx.remove(removals, stage);
}
