/**
 * Scrolling one pane scrolls the other to the matching paragraph (rows and paragraphs share `data-para`), or
 * proportionally where nothing matches. A programmatic scroll is remembered so its own event is not echoed back.
 */
const expected = new WeakMap<HTMLElement, number>();

function firstVisible(pane: HTMLElement): HTMLElement | null {
  const top = pane.scrollTop;
  for (const el of pane.querySelectorAll<HTMLElement>('[data-para]')) {
    if (el.offsetTop + el.offsetHeight > top) return el;
  }
  return null;
}

/** Scrolls a pane without the other following (e.g. to show one spot on purpose). */
export function setScroll(pane: HTMLElement, value: number): void {
  const max = pane.scrollHeight - pane.clientHeight;
  const next = Math.max(0, Math.min(max, Math.round(value)));
  if (Math.abs(pane.scrollTop - next) < 1) return;
  expected.set(pane, next);
  pane.scrollTop = next;
}

function follow(from: HTMLElement, to: HTMLElement): void {
  const anchor = firstVisible(from);
  const para = anchor?.dataset.para;
  const target = para === undefined ? null : to.querySelector<HTMLElement>(`[data-para="${para}"]`);
  if (anchor && target) {
    setScroll(to, target.offsetTop - (anchor.offsetTop - from.scrollTop));
    return;
  }
  const range = from.scrollHeight - from.clientHeight;
  const ratio = range > 0 ? from.scrollTop / range : 0;
  setScroll(to, ratio * (to.scrollHeight - to.clientHeight));
}

export function linkScroll(a: HTMLElement, b: HTMLElement): void {
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    from.addEventListener(
      'scroll',
      () => {
        const wanted = expected.get(from);
        if (wanted !== undefined && Math.abs(from.scrollTop - wanted) < 2) {
          expected.delete(from);
          return;
        }
        expected.delete(from);
        // Only when both are on screen (wide layout); in tabs the hidden pane has no layout.
        if (to.offsetParent !== null) follow(from, to);
      },
      { passive: true },
    );
  }
}
