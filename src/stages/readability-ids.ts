/**
 * Page ids through Readability. Readability replaces elements in two ways, and the ids (`page-ids.ts`, kept
 * beside the DOM, not in an attribute it would copy) must follow:
 *
 * - `_setNodeTag` renames a tag by building a new element and moving the children into it: the new element
 *   takes the old one's id.
 * - `_simplifyNestedElements` replaces a div or section holding a single div or section by that child, and
 *   copies the parent's attributes onto it: the child takes the parent's id, as it took the attribute (the
 *   stages after Readability read the page as Readability left it, so they see the parent kept, not the child).
 *   The copy happens exactly when `_hasSingleTagInsideElement` says yes during that step.
 * - When an attempt finds too little text, `_grabArticle` puts the page back as it was by setting the body's
 *   `innerHTML` to what it read at the start: every element is then new. While Readability runs, the body's
 *   `innerHTML` is shadowed: reading it also notes the ids in document order, and setting it gives them back to
 *   the re-parsed elements in the same order. An element the parser adds (a serialised tree need not parse back
 *   to the same shape) gets no id, as it had none; the ids go to the elements of the same name, in order. Names
 *   are compared in lower case: linkedom keeps the case Readability gives `createElement` ("DIV"), its parser
 *   does not.
 */
import { movePageId, pageId, setPageId } from './page-ids';
import { nextElement } from '../dom/walk';

const RENAME = '_setNodeTag';
const SIMPLIFY = '_simplifyNestedElements';
const SINGLE_INSIDE = '_hasSingleTagInsideElement';
const MARKUP = 'innerHTML';

/** Makes `reader` keep page ids while it runs; call the returned function when it is done. */
export function keepingPageIds(reader: object, body: Element | null): () => void {
  const fields = reader as Record<string, unknown>;
  const rename = fields[RENAME];
  if (typeof rename === 'function') {
    fields[RENAME] = function (this: unknown, node: Element, tag: string): unknown {
      const replacement: unknown = rename.call(this, node, tag);
      if (replacement && replacement !== node) movePageId(node, replacement as Element);
      return replacement;
    };
  }
  followUnwraps(fields);
  const markup = body ? markupAccessor(body) : null;
  // A page whose body already has an own `innerHTML` (clobbering) keeps it: Readability works as it would.
  if (!body || !markup || Object.prototype.hasOwnProperty.call(body, MARKUP)) return () => undefined;
  // Names and ids as two lists, not an object per element: Readability reads the markup once per attempt, and on
  // a page of thousands of elements those objects were a share of the stage's garbage.
  let names: string[] = [];
  let ids: (string | null)[] = [];
  Object.defineProperty(body, MARKUP, {
    configurable: true,
    get(): string {
      names = [];
      ids = [];
      for (let cur = body.firstElementChild; cur; cur = nextElement(cur, body)) {
        names.push(cur.localName.toLowerCase());
        ids.push(pageId(cur));
      }
      return markup.get.call(body) as string;
    },
    set(html: string): void {
      markup.set.call(body, html);
      let next = 0;
      for (let el = body.firstElementChild; el && next < names.length; el = nextElement(el, body)) {
        if (names[next] !== el.localName.toLowerCase()) continue;
        const id = ids[next];
        if (id !== null && id !== undefined) setPageId(el, id);
        next++;
      }
    },
  });
  return () => {
    delete (body as unknown as Record<string, unknown>)[MARKUP];
  };
}

/** The child that replaces its parent in `_simplifyNestedElements` takes the parent's id (see above). */
function followUnwraps(fields: Record<string, unknown>): void {
  const simplify = fields[SIMPLIFY];
  const single = fields[SINGLE_INSIDE];
  if (typeof simplify !== 'function' || typeof single !== 'function') return;
  let simplifying = false;
  fields[SIMPLIFY] = function (this: unknown, ...args: unknown[]): unknown {
    simplifying = true;
    try {
      return simplify.apply(this, args);
    } finally {
      simplifying = false;
    }
  };
  fields[SINGLE_INSIDE] = function (this: unknown, node: Element, tag: string): unknown {
    const yes: unknown = single.call(this, node, tag);
    const child = node.firstElementChild;
    if (yes && simplifying && child) movePageId(node, child);
    return yes;
  };
}

interface Accessor {
  get: (this: unknown) => unknown;
  set: (this: unknown, value: unknown) => void;
}

/** The DOM's own `innerHTML` getter and setter, from the element's prototype chain. */
function markupAccessor(el: Element): Accessor | null {
  for (let proto: object | null = Object.getPrototypeOf(el) as object | null; proto;) {
    const found = Object.getOwnPropertyDescriptor(proto, MARKUP);
    if (found) return found.get && found.set ? { get: found.get, set: found.set } : null;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return null;
}
