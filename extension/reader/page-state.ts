import { pageFocus, pageRoot, pageWindow } from './page-dom';

/**
 * What opening the reader changes on the page, recorded so closing can put it back exactly: the
 * `<html>` element's `style` attribute (its raw text, or its absence), the scroll position and focus.
 */
export interface PageState {
  restore(): void;
}

export function lockPage(doc: Document): PageState {
  const html = pageRoot(doc);
  const win = pageWindow(doc);
  if (!html) return { restore() {} };
  // The raw attribute, not `style.cssText`: the browser re-serialises cssText, which would change bytes.
  const hadStyle = html.hasAttribute('style');
  const previousStyle = html.getAttribute('style');
  const scrollX = win?.scrollX ?? 0;
  const scrollY = win?.scrollY ?? 0;
  const previousFocus = pageFocus(doc);

  html.style.setProperty('overflow', 'hidden', 'important');

  return {
    restore() {
      if (hadStyle && previousStyle !== null) html.setAttribute('style', previousStyle);
      else html.removeAttribute('style');

      // Only scroll when something moved it: some pages set `scroll-behavior: smooth`, and jsdom has no scrollTo.
      if (win && (win.scrollX !== scrollX || win.scrollY !== scrollY)) {
        win.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' });
      }

      const target = previousFocus as (Element & Partial<HTMLOrSVGElement>) | null;
      if (target && target.localName !== 'body' && target.isConnected && typeof target.focus === 'function') {
        target.focus({ preventScroll: true });
      }
    },
  };
}
