/**
 * The page's document and window as the platform defines them, not as the page's markup shadows them. DOM
 * clobbering reaches every world: `<img name="documentElement">` makes `document.documentElement` that image
 * (document named properties override built-ins), and `<img name="addEventListener">` shadows
 * `window.addEventListener` (named properties sit between Window and EventTarget). The reader reads them here.
 */
export type PageWindow = Window & typeof globalThis;

/** A `Document` accessor from the prototype chain, skipping the document's own (named) properties. */
function documentGetter<T>(
  doc: Document,
  name: 'defaultView' | 'documentElement' | 'activeElement',
): T | null {
  for (let proto = Object.getPrototypeOf(doc) as object | null; proto; proto = Object.getPrototypeOf(proto)) {
    const getter = Object.getOwnPropertyDescriptor(proto, name)?.get;
    if (getter) return (getter.call(doc) as T | null) ?? null;
  }
  return null;
}

export function pageWindow(doc: Document): PageWindow | null {
  return documentGetter<PageWindow>(doc, 'defaultView');
}

export function pageRoot(doc: Document): HTMLElement | null {
  const root = documentGetter<HTMLElement>(doc, 'documentElement');
  return root && root.nodeType === 1 ? root : null;
}

export function pageFocus(doc: Document): Element | null {
  return documentGetter<Element>(doc, 'activeElement');
}

/** `addEventListener` / `removeEventListener` on the window, from EventTarget itself. */
export function listen(
  win: PageWindow,
  type: string,
  listener: (event: Event) => void,
  options: AddEventListenerOptions | boolean,
  remove = false,
): void {
  const proto = win.EventTarget.prototype;
  (remove ? proto.removeEventListener : proto.addEventListener).call(win, type, listener, options);
}

/**
 * A private, inert document to build the reader in: elements made here carry nothing of the page's document
 * (no clobbered factory methods) and are adopted when they are appended to the reader's shadow root.
 */
export function privateDocument(win: PageWindow): Document {
  return new win.DOMParser().parseFromString('<!doctype html><title></title>', 'text/html');
}
