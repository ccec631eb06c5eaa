/**
 * DOM clobbering: a page's markup can shadow the DOM's own properties. `<form><input name="removeAttribute">`
 * makes `form.removeAttribute` that input (a form's named properties override built-ins), and
 * `<img name="querySelectorAll">` does the same to `document.querySelectorAll`. Browsers do this in every world,
 * the content script's too, and in every copy of the page (the named properties come with the elements), so any
 * plain `el.getAttribute(…)` in the stages — or in Readability — could meet an `<input>` instead of a method.
 * Node's DOM libraries (jsdom, linkedom) have no named properties; see `test/unit/clobbering.test.ts`.
 *
 * So the engine looks at the page once through the platform's own accessors (from the prototype chain, which
 * markup cannot reach) and, when some element would shadow a built-in, cleans a copy with those `id`/`name`
 * attributes taken off. Nothing after that point can meet a shadowed property.
 */

/**
 * Elements that give a form named properties (listed elements and images, by `id` or `name`) or the document
 * (embed, form, iframe, img and object by `name`; object and img by `id`).
 */
const NAMING_TAGS = new Set([
  'button',
  'embed',
  'fieldset',
  'form',
  'iframe',
  'img',
  'input',
  'object',
  'output',
  'select',
  'textarea',
]);
const NAMING_ATTRIBUTES = ['id', 'name'];

/** The page itself when nothing on it shadows a DOM built-in, else a copy without the shadowing names. */
export function withoutClobbering(doc: Document): Document {
  if (clobberingNames(doc).length === 0) return doc;
  const copy = platformCall<Document>(doc, 'cloneNode', true);
  // Names before ids: jsdom keeps a window's named elements in a list, and when an id goes while a name of the
  // same value stays, it leaves the element listed (for the name, which it does not list on an input); listed
  // after its names are gone, the element and the whole copy with it stay reachable from the page's window.
  const nameFirst = (name: { attribute: string }): number => (name.attribute === 'name' ? 0 : 1);
  const names = clobberingNames(copy).sort((a, b) => nameFirst(a) - nameFirst(b));
  for (const { el, attribute } of names) platformCall(el, 'removeAttribute', attribute);
  return copy;
}

/** Every `id`/`name` attribute in `doc` that names a property of the document or of a form. */
export function clobberingNames(doc: Document): { el: Element; attribute: string; value: string }[] {
  // The prototypes, not the objects: `name in document` is also true for the page's own named images.
  const docBuiltins = Object.getPrototypeOf(doc) as object;
  const formBuiltins = Object.getPrototypeOf(platformCall<Element>(doc, 'createElement', 'form')) as object;
  const shadows = (value: string): boolean => value !== '' && (value in docBuiltins || value in formBuiltins);
  const found: { el: Element; attribute: string; value: string }[] = [];
  for (const el of namingElements(doc)) {
    for (const attribute of NAMING_ATTRIBUTES) {
      const value = platformCall<string | null>(el, 'getAttribute', attribute);
      if (value !== null && shadows(value)) found.push({ el, attribute, value });
    }
  }
  return found;
}

/**
 * The page's elements that can give a form or the document a named property, found by one walk over the whole
 * page: a named image anywhere shadows the document's built-ins, so this one read cannot stop at the engine's
 * limits. A walk, not `querySelectorAll` with 22 selectors: on a page of 170,000 elements the query took 3.6 s on
 * jsdom and 0.4 s on linkedom, the walk 0.6 s and 0.07 s. Every step goes through the platform's own getters,
 * which a form's named controls cannot shadow.
 */
function namingElements(doc: Document): Element[] {
  const root = platformGetter<Element | null>(doc, 'documentElement')(doc);
  if (!root) return [];
  const first = platformGetter<Element | null>(root, 'firstElementChild');
  const next = platformGetter<Element | null>(root, 'nextElementSibling');
  const up = platformGetter<Element | null>(root, 'parentElement');
  const name = platformGetter<string>(root, 'localName');
  const found: Element[] = [];
  let cur: Element | null = root;
  while (cur) {
    if (NAMING_TAGS.has(name(cur))) found.push(cur);
    const child = first(cur);
    if (child) {
      cur = child;
      continue;
    }
    while (cur && cur !== root && !next(cur)) cur = up(cur);
    cur = cur && cur !== root ? next(cur) : null;
  }
  return found;
}

/**
 * The platform's getter for `name`, found on the prototype chain of `sample`, to call on objects like it. A DOM
 * that keeps the value on each object instead (linkedom's `localName`) has no named properties to fear: a plain
 * read.
 */
function platformGetter<T>(sample: object, name: string): (target: object) => T {
  for (
    let proto = Object.getPrototypeOf(sample) as object | null;
    proto;
    proto = Object.getPrototypeOf(proto)
  ) {
    const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
    if (get) return (target) => get.call(target) as T;
  }
  return (target) => (target as Record<string, unknown>)[name] as T;
}

/**
 * Calls the platform's method `name` on `target`, found on its prototype chain: an own (named) property of the
 * object never gets in the way.
 */
export function platformCall<T = unknown>(target: object, name: string, ...args: unknown[]): T {
  for (
    let proto = Object.getPrototypeOf(target) as object | null;
    proto;
    proto = Object.getPrototypeOf(proto)
  ) {
    const method = Object.getOwnPropertyDescriptor(proto, name)?.value as unknown;
    if (typeof method === 'function') return (method as (...a: unknown[]) => T).apply(target, args);
  }
  throw new TypeError(`${name} is not a DOM method here`);
}
