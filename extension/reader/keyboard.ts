const FOCUSABLE =
  'button, a[href], [tabindex]:not([tabindex="-1"]), summary, audio[controls], video[controls]';

function focusables(shadow: ShadowRoot): HTMLElement[] {
  return Array.from(shadow.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (node) => !node.closest('[hidden]'),
  );
}

/**
 * Keeps Tab inside the reader (it is a modal: the page behind is covered) and lets arrow keys move
 * between toolbar buttons, as the toolbar role promises.
 */
export function handleReaderKeydown(event: KeyboardEvent, shadow: ShadowRoot, dialog: HTMLElement): void {
  const active = shadow.activeElement as HTMLElement | null;

  if (event.key === 'Tab') {
    const items = focusables(shadow);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    if (event.shiftKey && (active === first || active === dialog || !active)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !active)) {
      event.preventDefault();
      first.focus();
    }
    return;
  }

  if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && active?.closest('[role="toolbar"]')) {
    const buttons = Array.from(
      active.closest('[role="toolbar"]')?.querySelectorAll<HTMLElement>('button') ?? [],
    );
    const index = buttons.indexOf(active);
    if (index < 0) return;
    const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length];
    event.preventDefault();
    next?.focus();
  }
}
