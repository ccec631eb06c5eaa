/**
 * Readability's first step (`_unwrapNoscriptImages`: drop images without a source, put the image of a
 * `<noscript>` in place of its placeholder) starts with `Array.from(doc.getElementsByTagName('img'))` and the same
 * for `noscript`. On jsdom that copy is quadratic in the number of images (see `staticList`): a 5 MB page's 1,700
 * images took 1 s there, before Readability did anything else. While that step runs, and only then, the
 * document's `getElementsByTagName` gives the collection's elements as a plain array, which `Array.from` copies
 * in one pass: the same elements in the same order, and Readability's own code does all the rest.
 */
import { staticList } from '../dom/static-list';

const STEP = '_unwrapNoscriptImages';
const LOOKUP = 'getElementsByTagName';

/** Makes `reader`'s image step read the page's tag lists as arrays; a Readability without the step is left as is. */
export function withStaticImageLists(reader: object, doc: Document): void {
  const fields = reader as Record<string, unknown>;
  const step = fields[STEP];
  // Another Readability version, or a page whose document already has its own `getElementsByTagName` (which the
  // shadow below would hide): leave Readability to do as it does.
  if (typeof step !== 'function' || Object.prototype.hasOwnProperty.call(doc, LOOKUP)) return;
  const lookup = doc.getElementsByTagName;
  fields[STEP] = function (this: unknown, ...args: unknown[]): unknown {
    const shadow = (name: string): Element[] => staticList(lookup.call(doc, name));
    try {
      Object.defineProperty(doc, LOOKUP, { value: shadow, configurable: true, writable: true });
    } catch {
      return (step as (...a: unknown[]) => unknown).apply(this, args);
    }
    try {
      return (step as (...a: unknown[]) => unknown).apply(this, args);
    } finally {
      delete (doc as unknown as Record<string, unknown>)[LOOKUP];
    }
  };
}
