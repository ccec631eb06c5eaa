/**
 * A short CSS path that finds the same element again in a fresh load of the page: from the nearest ancestor with
 * a usable id, then `tag:nth-of-type(n)` steps. Class names are left out on purpose: many sites hash them per build.
 *
 * Linear work: a parent's children are numbered in one pass the first time one of them needs a step, and every
 * step is remembered, so logging a thousand removed siblings costs one pass over them, not a thousand. Names come
 * from the page, so each is escaped as `CSS.escape` does: a tag named `x,p` must never become a selector list.
 */
const SIMPLE_ID = /^[A-Za-z][\w-]{0,63}$/;

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
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling)
      totals.set(c.localName, (totals.get(c.localName) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      const n = (seen.get(c.localName) ?? 0) + 1;
      seen.set(c.localName, n);
      const tag = cssEscape(c.localName);
      this.steps.set(c, (totals.get(c.localName) ?? 0) > 1 ? `${tag}:nth-of-type(${n})` : tag);
    }
  }
}

/** One element's path (no cache shared between calls; use `CssPaths` for many elements of one page). */
export function cssPath(el: Element): string {
  return new CssPaths().of(el);
}

/**
 * CSSOM's `CSS.escape` (https://drafts.csswg.org/cssom/#serialize-an-identifier): the browser's own when there is
 * one; jsdom and linkedom have none, so the same algorithm is spelled out here.
 */
export function cssEscape(value: string): string {
  const native = (globalThis as { CSS?: { escape?: (s: string) => string } }).CSS?.escape;
  if (native) return native(value);
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const ch = value.charAt(i);
    if (code === 0) out += '\uFFFD';
    else if (
      (code >= 0x1 && code <= 0x1f) ||
      code === 0x7f ||
      (i === 0 && code >= 0x30 && code <= 0x39) ||
      (i === 1 && code >= 0x30 && code <= 0x39 && value.charCodeAt(0) === 0x2d)
    )
      out += `\\${code.toString(16)} `;
    else if (i === 0 && value.length === 1 && code === 0x2d) out += `\\${ch}`;
    else if (code >= 0x80 || code === 0x2d || code === 0x5f || /[0-9A-Za-z]/.test(ch)) out += ch;
    else out += `\\${ch}`;
  }
  return out;
}
