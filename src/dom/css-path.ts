/**
 * A short CSS path that finds the same element again in a fresh load of the page: from the nearest ancestor with
 * a usable id, then `tag:nth-of-type(n)` steps. Class names are left out on purpose: many sites hash them per build.
 *
 * Linear work: a parent's children are numbered in one pass the first time one of them needs a step, and every
 * step is remembered, so logging a thousand removed siblings costs one pass over them, not a thousand. Names come
 * from the page, so each is escaped as `CSS.escape` does: a tag named `x,p` must never become a selector list.
 */
import { cssEscape } from './css-escape';

const SIMPLE_ID = /^[A-Za-z][\w-]{0,63}$/;
/**
 * Siblings numbered at most. The engine names only elements within the page limits (20,000 elements in
 * document order), so none sits further along; past this a huge parent costs no more. A tag not known to be
 * unique then always gets its `:nth-of-type(n)`, which finds the same element.
 */
const MAX_SIBLINGS = 20_000;

export class CssPaths {
  /** The `tag:nth-of-type(n)` step of each element whose parent has been numbered. */
  private readonly steps = new WeakMap<Element, string>();

  of(el: Element): string {
    const steps: string[] = [];
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const tag = cur.localName;
      if (tag === 'html') break;
      if (tag === 'body') {
        steps.push('body');
        break;
      }
      const id = cur.getAttribute('id');
      if (id && SIMPLE_ID.test(id) && !/\d{3,}/.test(id)) {
        steps.push(`#${id}`);
        break;
      }
      steps.push(this.step(cur));
    }
    return steps.reverse().join(' > ');
  }

  private step(el: Element): string {
    let step = this.steps.get(el);
    if (step === undefined) {
      this.numberChildren(el.parentElement);
      step = this.steps.get(el) ?? cssEscape(el.localName);
    }
    return step;
  }

  /** One pass over the parent's children: each gets its tag and, when the tag repeats, its nth-of-type. */
  private numberChildren(parent: Element | null): void {
    if (!parent) return;
    const totals = new Map<string, number>();
    let count = 0;
    let c = parent.firstElementChild;
    for (; c && count < MAX_SIBLINGS; c = c.nextElementSibling, count++)
      totals.set(c.localName, (totals.get(c.localName) ?? 0) + 1);
    const allCounted = c === null;
    const seen = new Map<string, number>();
    count = 0;
    for (c = parent.firstElementChild; c && count < MAX_SIBLINGS; c = c.nextElementSibling, count++) {
      const n = (seen.get(c.localName) ?? 0) + 1;
      seen.set(c.localName, n);
      const tag = cssEscape(c.localName);
      const unique = allCounted && totals.get(c.localName) === 1;
      this.steps.set(c, unique ? tag : `${tag}:nth-of-type(${n})`);
    }
  }
}

/** One element's path (no cache shared between calls; use `CssPaths` for many elements of one page). */
export function cssPath(el: Element): string {
  return new CssPaths().of(el);
}
