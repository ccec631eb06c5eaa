/**
 * A short CSS path that finds the same element again in a fresh load of the page: from the nearest ancestor with
 * a usable id, then `tag:nth-of-type(n)` steps. Class names are left out on purpose: many sites hash them per build.
 */
const SIMPLE_ID = /^[A-Za-z][\w-]{0,63}$/;

export function cssPath(el: Element): string {
  const steps: string[] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const tag = cur.localName;
    if (tag === 'html') break;
    if (tag === 'body') {
      steps.unshift('body');
      break;
    }
    const id = cur.getAttribute('id');
    if (id && SIMPLE_ID.test(id) && !/\d{3,}/.test(id)) {
      steps.unshift(`#${id}`);
      break;
    }
    steps.unshift(`${tag}${nthOfType(cur)}`);
  }
  return steps.join(' > ');
}

function nthOfType(el: Element): string {
  const parent = el.parentElement;
  if (!parent) return '';
  const same = Array.from(parent.children).filter((c) => c.localName === el.localName);
  return same.length > 1 ? `:nth-of-type(${same.indexOf(el) + 1})` : '';
}
