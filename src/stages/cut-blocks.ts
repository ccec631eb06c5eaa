/**
 * Stages 1 and 3: rules and heuristics find blocks to cut in a subtree. Every rule and heuristic looks at the
 * same unmodified tree (as uBO's cosmetic filters do), then the outermost matches are removed together, so the
 * order of rules in a list never changes the result.
 */
import { HEURISTICS } from '../heuristics';
import { countWords } from '../dom/text';
import type { PageContext, Removal, Stage } from './page-context';

const MAJORITY = 0.4;

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
  // Majority guard: clutter is never most of a page. A generic rule that would take more than this share of
  // the text has matched a wrapper of the article (a class like "has-breadcrumbs"), so it is skipped. Site
  // rules and the user's own rules are trusted as written; heuristics bound the size of what they take.
  const rootWords = countWords(textOf(root));
  const tooBig = (el: Element): boolean => rootWords > 200 && countWords(textOf(el)) > MAJORITY * rootWords;
  const removals: Removal[] = [];
  const add = (elements: Element[], ruleId: string, reason: string, trusted = false): void => {
    for (const el of elements) {
      if (el !== root && (trusted || !tooBig(el))) removals.push({ el, ruleId, reason });
    }
  };
  for (const { rule, selector } of ctx.rules.hiding) {
    try {
      add(selector.match(root, textOf), rule.id, rule.reason, rule.hosts.length > 0 || rule.pack === 'user');
    } catch {
      // A selector this DOM cannot run (say, :has() on an old engine) matches nothing.
    }
  }
  if (heuristics) {
    for (const heuristic of HEURISTICS) {
      const id = `heuristic:${heuristic.name}`;
      if (!ctx.disabled.has(id)) add(heuristic.find(root, textOf), id, heuristic.reason, true);
    }
  }
  ctx.remove(removals, stage);
}
