/**
 * An element with too many attributes, copied with only its first few. Removing attributes one by one is
 * quadratic (each `removeAttribute` looks the name up in the element's list and shifts the rest; in Chromium
 * 60,000 attributes took 96 s), so the element is rebuilt once instead: a fresh element of the same name gets
 * the first `max` attributes, and nothing reads the others.
 */

/**
 * How many attributes the element has, read without `attributes`: jsdom builds a NamedNodeMap wrapper per element
 * and answers its `length` through a Proxy, which made counting the attributes of every element of a 5 MB page
 * 0.2 s; linkedom builds the list either way, and skips it for an element without attributes.
 */
export function attributeCount(el: Element): number {
  return el.hasAttributes() ? el.getAttributeNames().length : 0;
}

/** A shallow copy of `el` in `doc` holding its first `max` attributes (no children). */
export function copyWithFewerAttributes(el: Element, doc: Document, max: number): Element {
  const copy = freshElement(el, doc);
  // One read of the list: linkedom builds the whole list on every `attributes` read.
  const attributes = el.attributes;
  for (let i = 0; i < Math.min(max, attributes.length); i++) {
    const attribute = attributes[i];
    if (!attribute) continue;
    try {
      // No namespace (nearly every attribute): by name, which may hold a colon (`xml:lang` as HTML parses it).
      if (attribute.namespaceURI === null) copy.setAttribute(attribute.name, attribute.value);
      else copy.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
    } catch {
      // A name the parser took and a script may not set (`"a"`, `a<b`): such an attribute means nothing to
      // the engine, so the copy goes without it.
    }
  }
  return copy;
}

/**
 * An element of the same name and namespace. A parser takes tag names that `createElementNS` refuses in some
 * browsers (`x,p`, `a=b`); such an element becomes a `<span>`, which keeps its text and its place.
 */
function freshElement(el: Element, doc: Document): Element {
  try {
    return doc.createElementNS(el.namespaceURI, el.localName);
  } catch {
    return doc.createElementNS(el.namespaceURI ?? 'http://www.w3.org/1999/xhtml', 'span');
  }
}

/** Replaces `el` in its tree by a copy with its first `max` attributes, its children moved over. */
export function keepFirstAttributes(el: Element, max: number): Element {
  const copy = copyWithFewerAttributes(el, el.ownerDocument, max);
  while (el.firstChild) copy.appendChild(el.firstChild);
  el.parentNode?.replaceChild(copy, el);
  return copy;
}
