/**
 * State shared by the stages of one clean() call: the working copy of the page, the map back to the original
 * elements (so a removal can say where it was), the protected elements, and the removal log.
 */
import { CssPaths } from '../dom/css-path';
import { normalizedText, readableText } from '../dom/text';
import type { EngineWarning, RemovedBlock, RestoredBlock } from '../types';
import type { RuleSet } from '../rules/rule-set';
import { DEFAULT_LIMITS, elementsInLimitOrder, tagWithinLimits } from './page-limits';
import { errorText } from '../warnings';
import { pageId } from './page-ids';

export type Stage = RemovedBlock['stage'];

export interface Removal {
  el: Element;
  ruleId: string;
  reason: string;
}

export class PageContext {
  readonly removed: RemovedBlock[] = [];
  /** Blocks put back into the article after Readability left them out. */
  /** Blocks the restoring stages put back, as they put them back (see `restoredIn`), and their elements. */
  readonly restored: RestoredBlock[] = [];
  private readonly restoredElements: Element[] = [];
  /** What the stages could not do as asked (a rule skipped, a limit hit), reported in the result. */
  readonly warnings: EngineWarning[] = [];
  /**
   * The original page's elements in document order, as far as positions were given out (the rest of a huge page
   * is never named), read only when a removal needs its place.
   */
  private originals: Element[] | null = null;
  /** The inverse of `originals`: an original element's position, built on first use. */
  private positionsByOriginal: Map<Element, number> | null = null;
  /** How many positions `tagWithinLimits` gave out. */
  private readonly positions: number = 0;
  /** Words of the page as copied (`pipeline.ts` counts them before the scripts go), for `stats.wordsBefore`. */
  wordsBefore = 0;
  private readonly paths = new CssPaths();
  private readonly protectedIds = new Set<string>();
  private readonly protectedAncestorIds = new Set<string>();
  /** Text of protected blocks: Readability rebuilds some elements without our page ids, text survives. */
  private readonly protectedTexts: string[] = [];
  /** Rule ids and `heuristic:<name>` ids switched off for this page. */
  readonly disabled: ReadonlySet<string>;

  constructor(
    readonly original: Document,
    /** The working copy, its elements given their page ids (`page-ids.ts`) here. */
    readonly doc: Document,
    readonly rules: RuleSet,
    disabledRuleIds: readonly string[] = [],
  ) {
    this.disabled = new Set(disabledRuleIds);
    if (doc.body) {
      const tagged = tagWithinLimits(doc.body, DEFAULT_LIMITS);
      this.warnings.push(...tagged.warnings);
      this.positions = tagged.positions;
    }
    this.markProtected();
  }

  /** Elements matched by an exception, with their descendants and ancestors, are never removed. */
  private markProtected(): void {
    const body = this.doc.body;
    if (!body) return;
    for (const { rule, selector } of this.rules.protecting) {
      // From the document, not the body: see TextIndex on jsdom's element-scoped queries.
      const kept = firstThatRuns(
        () => selector.match(this.doc),
        () => selector.match(body),
      );
      if (kept instanceof Error) {
        this.warnings.push({
          code: 'rule-skipped',
          ruleId: rule.id,
          message: `Exception ${rule.source} skipped on this page: its selector cannot run here (${errorText(kept)}), so it keeps nothing`,
        });
        continue;
      }
      for (const el of kept) {
        const id = pageId(el);
        if (id) this.protectedIds.add(id);
        const text = normalizedText(el);
        if (text !== '') this.protectedTexts.push(text);
        for (let up = el.parentElement; up; up = up.parentElement) {
          const upId = pageId(up);
          if (upId) this.protectedAncestorIds.add(upId);
        }
      }
    }
  }

  /** Whether the element itself is what an exception rule matched (not just inside or around it). */
  isKeptByException(el: Element): boolean {
    const id = pageId(el);
    return id !== null && this.protectedIds.has(id);
  }

  isProtected(el: Element): boolean {
    if (this.protectedIds.size === 0) return false;
    const id = pageId(el);
    if (id && this.protectedAncestorIds.has(id)) return true;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const curId = pageId(cur);
      if (curId && this.protectedIds.has(curId)) return true;
    }
    const text = normalizedText(el);
    return text !== '' && this.protectedTexts.some((kept) => kept.includes(text) || text.includes(kept));
  }

  /** Where the element was in the original page. */
  whereOf(el: Element): string {
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const id = pageId(cur);
      const original = id === null ? undefined : this.originalsInOrder()[Number(id)];
      if (original) return this.paths.of(original);
    }
    return 'body';
  }

  /**
   * The position (page id) the working copy gave an element of the original page, or undefined when the
   * copy left it out (past a page limit). Positions skip what the limits leave out, so past a limit they are not
   * the element's place in document order.
   */
  positionOf(original: Element): number | undefined {
    this.positionsByOriginal ??= new Map(this.originalsInOrder().map((el, i) => [el, i]));
    return this.positionsByOriginal.get(original);
  }

  private originalsInOrder(): Element[] {
    this.originals ??= this.original.body
      ? elementsInLimitOrder(this.original.body, this.positions, DEFAULT_LIMITS)
      : [];
    return this.originals;
  }

  /** Records and removes the outermost of the given blocks; protected blocks stay. Returns how many went. */
  remove(removals: Removal[], stage: Stage): number {
    const chosen = new Map<Element, Removal>();
    for (const removal of removals) {
      if (!chosen.has(removal.el) && !this.isProtected(removal.el)) {
        chosen.set(removal.el, removal);
      }
    }
    let count = 0;
    for (const [el, removal] of chosen) {
      if (hasChosenAncestor(el, chosen)) continue;
      this.log(el, removal.ruleId, removal.reason, stage);
      el.remove();
      count++;
    }
    return count;
  }

  /** Records a block put back into the article. */
  restore(el: Element, ruleId: string, reason: string): void {
    this.restored.push({ ruleId, reason, text: readableText(el), where: this.whereOf(el) });
    this.restoredElements.push(el);
  }

  /**
   * The restorations as the result shows them, once the post-rules have run over the article: a block they cut
   * whole is a cut (it is in `removed`), not a restoration; one they cut part of says the text that is left.
   */
  restoredIn(article: Element): RestoredBlock[] {
    return this.restored.flatMap((block, i) => {
      const el = this.restoredElements[i];
      if (!el || !isInside(el, article)) return [];
      const text = readableText(el);
      return text === '' ? [] : [{ ...block, text }];
    });
  }

  log(el: Element, ruleId: string, reason: string, stage: Stage): void {
    this.removed.push({
      ruleId,
      reason,
      stage,
      text: readableText(el),
      where: this.whereOf(el),
      html: el.outerHTML,
    });
  }
}

/** By climbing parents: linkedom's `compareDocumentPosition` (under `contains`) is not to be trusted. */
function isInside(el: Element, root: Element): boolean {
  for (let up: Element | null = el; up; up = up.parentElement) if (up === root) return true;
  return false;
}

function hasChosenAncestor(el: Element, chosen: Map<Element, Removal>): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (chosen.has(up)) return true;
  return false;
}

/**
 * The result of the first of the attempts that runs, or the last error when none does (a selector this DOM
 * cannot run: an unsupported pseudo-class, say).
 */
function firstThatRuns(...attempts: (() => Element[])[]): Element[] | Error {
  let failure: Error = new Error('nothing to run');
  for (const attempt of attempts) {
    try {
      return attempt();
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error)); // try the next
    }
  }
  return failure;
}
