/**
 * Stages 1 and 3: rules and heuristics find blocks to cut in a subtree. Every rule and heuristic looks at the
 * same unmodified tree (as uBO's cosmetic filters do), then the outermost matches are removed together, so the
 * order of rules in a list never changes the result.
 */
import { HEURISTICS } from '../heuristics';
import { TextIndex } from '../dom/text-index';
import { RuleBudgetError } from '../rules/procedural';
import type { ActiveRule } from '../rules/rule-set';
import type { EngineWarning, Rule } from '../types';
import type { PageContext, Removal, Stage } from './page-context';
import { hasTagInside, tags } from '../dom/tags';
import { errorText, stageFailed } from '../warnings';
import { ORPHAN_HEADING_ID, ORPHAN_HEADING_REASON, orphanHeadings } from './orphan-headings';

const MAJORITY = 0.4;
const MEDIA = tags('img, picture, video, iframe, svg');
const CELLS = tags('td, th');
const INLINE = new Set([
  'a',
  'span',
  'b',
  'strong',
  'i',
  'em',
  'small',
  'u',
  'mark',
  'cite',
  'q',
  'abbr',
  'time',
  'sup',
  'sub',
]);

export function cutBlocks(
  ctx: PageContext,
  root: Element,
  stage: Stage,
  heuristics: boolean,
  /** Run selectors from here (the document, for the page stage; see TextIndex). */
  queryRoot: Document | Element = root,
): void {
  const index = new TextIndex(root, queryRoot);
  // Majority guard: clutter is never most of a page. A generic rule that would take more than this share of
  // the text has matched a wrapper of the article (a class like "has-breadcrumbs"), so it is skipped. Site
  // rules and the user's own rules are trusted as written; heuristics bound the size of what they take.
  const rootWords = index.words(root);
  const tooBig = (el: Element, share: number): boolean =>
    rootWords > 200 && index.words(el) > share * rootWords;
  const removals: Removal[] = [];
  // Running-text guard: a generic text rule means a whole block ("Source link" on its own line), so a link or
  // a bold phrase that sits inside a longer sentence is article text, whatever it says.
  const inRunningText = (el: Element): boolean =>
    INLINE.has(el.localName) && el.parentElement !== null && index.text(el.parentElement) !== index.text(el);
  // Prose guard for heuristics: an inline element next to words of its parent's own ("<strong>More:</strong>
  // the same tests showed…") is part of that sentence; one among other inline items (a date span beside a
  // byline span) is a line of its own.
  const inProse = (el: Element): boolean =>
    INLINE.has(el.localName) &&
    el.parentElement !== null &&
    Array.from(el.parentElement.childNodes).some((n) => n.nodeType === 3 && /\p{L}/u.test(n.nodeValue ?? ''));
  // Table-data guard: a whole table cell is data ("1 of 4", "Source"), never a gallery counter or a label.
  const isCellData = (el: Element): boolean => {
    const cell = index.closest(el, CELLS);
    return cell !== null && index.text(cell) === index.text(el);
  };
  // Photo guard: a text rule matches every wrapper with the same text, so a credit line that fills its
  // figure's caption also matches the figure. A match that holds an image beside a text-only match of the same
  // rule inside it is the photo's frame: only the text goes.
  const framesOtherMatch = (el: Element, elements: Element[]): boolean =>
    hasTagInside(el, MEDIA) &&
    elements.some((other) => other !== el && el.contains(other) && !hasTagInside(other, MEDIA));
  // Heuristics judge whole blocks too: a bold "More:" that opens a paragraph is the paragraph's first word.
  const add = (
    elements: Element[],
    ruleId: string,
    reason: string,
    maxShare: number | null,
    /** Apply the heuristics' prose guard. */
    heuristic = false,
  ): void => {
    for (const el of elements) {
      const generic = maxShare !== null;
      if (el === root || (generic && (tooBig(el, maxShare) || inRunningText(el) || isCellData(el)))) continue;
      if (heuristic && inProse(el)) continue;
      removals.push({ el, ruleId, reason });
    }
  };
  for (const { rule, elements } of matchRules(ctx.rules.hiding, root, index, ctx.warnings)) {
    const trusted = rule.hosts.length > 0 || rule.pack === 'user';
    const text = elements.filter((el) => !framesOtherMatch(el, elements));
    add(text, rule.id, rule.reason, trusted ? null : MAJORITY);
  }
  if (heuristics) {
    for (const heuristic of HEURISTICS) {
      const id = `heuristic:${heuristic.name}`;
      if (ctx.disabled.has(id) || (heuristic.articleOnly && stage !== 'post-rules')) continue;
      const proseGuard = heuristic.judgesInline !== true;
      let found: Element[];
      try {
        found = heuristic.find(root, index);
      } catch (error) {
        ctx.warnings.push(stageFailed(`The ${heuristic.name} heuristic`, error, 'it cut nothing', id));
        continue;
      }
      add(found, id, heuristic.reason, heuristic.maxShare ?? null, proseGuard);
    }
    // Inside the article, a heading whose block was cut to its end goes with it (see orphan-headings).
    if (stage === 'post-rules' && !ctx.disabled.has(ORPHAN_HEADING_ID)) {
      const cut = removals.map((r) => r.el);
      for (const el of orphanHeadings(root, cut, index)) {
        removals.push({ el, ruleId: ORPHAN_HEADING_ID, reason: ORPHAN_HEADING_REASON });
      }
    }
  }
  ctx.remove(removals, stage);
}

/**
 * Plain-CSS rules run as one joined querySelectorAll (one tree walk instead of one per rule); each hit is then
 * attributed to its rules with `matches`. Those the index answers from its walk (a tag list, one attribute
 * selector: most rules) are left out of the join. Procedural rules run one by one on the shared index. Rules that need a
 * class or id absent from the subtree are left out first.
 */
function matchRules(
  rules: ActiveRule[],
  root: Element,
  index: TextIndex,
  warnings: EngineWarning[],
): { rule: Rule; elements: Element[] }[] {
  // A rule whose selector needs a class or id no element here carries matches nothing: skip it.
  const possible = rules.filter(
    ({ selector }) => !selector.keys || selector.keys.some((k) => index.carries(k)),
  );
  // Selectors the index answers from its own walk (tag lists, one attribute test) run alone; the rest are joined.
  const walked = (r: ActiveRule): boolean => !r.selector.procedural && index.answersFromWalk(r.selector.css);
  const plain = possible.filter((r) => !r.selector.procedural && !walked(r));
  const out: { rule: Rule; elements: Element[] }[] = [];
  let joined: Element[] | null;
  try {
    joined = plain.length > 0 ? index.all(plain.map((r) => r.selector.css).join(', ')) : [];
  } catch {
    // One selector this DOM cannot run spoils the joined list. Nothing is skipped yet: every rule runs alone
    // below, and the one that throws there is named in a warning.
    joined = null;
  }
  for (const active of possible) {
    try {
      const elements =
        joined && !active.selector.procedural && !walked(active)
          ? joined.filter((el) => el.matches(active.selector.css))
          : active.selector.match(root, index);
      if (elements.length > 0) out.push({ rule: active.rule, elements });
    } catch (error) {
      // A rule past its time budget, or with a selector this DOM cannot run (say, :has() on an old engine), is
      // skipped on this page, and said (once: the rules run again inside the article).
      if (warnings.some((w) => w.code === 'rule-skipped' && w.ruleId === active.rule.id)) continue;
      warnings.push({
        code: 'rule-skipped',
        ruleId: active.rule.id,
        message:
          error instanceof RuleBudgetError
            ? `Rule ${active.rule.source} skipped on this page: it ${error.message}`
            : `Rule ${active.rule.source} skipped on this page: its selector cannot run here (${errorText(error)})`,
      });
    }
  }
  return out;
}
