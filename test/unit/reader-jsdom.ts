/**
 * Reaching the reader in jsdom the way the extension's own tools do. Its shadow root is closed, so the tests record
 * it as `attachShadow` makes it (a page cannot: its `attachShadow` is not the content script's); and its controls
 * ignore synthetic events, so the tests dispatch trusted ones through jsdom's internal dispatch.
 */
const shadows = new WeakMap<Element, ShadowRoot>();

/** Call once per jsdom window, before opening the reader in it. */
export function recordShadowRoots(win: { Element: typeof Element }): void {
  const proto = win.Element.prototype;
  const attach = proto.attachShadow;
  proto.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    shadows.set(this, root);
    return root;
  };
}

/** The reader's host: the element under <html> that holds a recorded shadow root. */
export function readerHost(doc: Document): Element | null {
  return Array.from(doc.documentElement.children).find((el) => shadows.has(el)) ?? null;
}

export function readerHosts(doc: Document): Element[] {
  return Array.from(doc.documentElement.children).filter((el) => shadows.has(el));
}

export function readerShadow(doc: Document): ShadowRoot {
  const host = readerHost(doc);
  const root = host && shadows.get(host);
  if (!root) throw new Error('reader host not found');
  return root;
}

/** Where the reader keeps the prefs it shows (`data-theme`, `data-font`): the dialog inside the closed root. */
export function readerDialog(doc: Document): HTMLElement | null {
  return readerShadow(doc).querySelector<HTMLElement>('[role="dialog"]');
}

/** jsdom's internal object behind a DOM wrapper. */
function implOf(wrapper: object): Record<string, unknown> {
  const symbol = Object.getOwnPropertySymbols(wrapper).find((s) => s.description === 'impl');
  if (!symbol) throw new Error('jsdom changed: no impl symbol');
  return (wrapper as Record<symbol, Record<string, unknown>>)[symbol] as Record<string, unknown>;
}

/** Dispatches `event` as the user's (`isTrusted`); jsdom's public dispatchEvent always makes it untrusted. */
export function dispatchTrusted(target: EventTarget | null | undefined, event: Event): void {
  if (!target) throw new Error('no target');
  const eventImpl = implOf(event);
  eventImpl.isTrusted = true;
  const targetImpl = implOf(target);
  (targetImpl._dispatch as (e: unknown) => void).call(targetImpl, eventImpl);
}

/** A user's click on what `selector` matches in the reader. */
export function trustedClick(shadow: ShadowRoot, selector: string): void {
  const el = shadow.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  const win = el.ownerDocument.defaultView as unknown as typeof globalThis;
  dispatchTrusted(el, new win.MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
}
