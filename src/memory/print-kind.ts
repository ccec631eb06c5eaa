/**
 * A fingerprint says what kind of block it belongs to: `b…` a box (the only kind the memory ever cuts), `t…` a
 * leaf (paragraph, heading, list item), remembered so a box's paragraphs can be checked against the template.
 */
const PRINT = /^[bt][0-9a-z]{1,7}\.p[0-9a-z]{1,7}$/;

export function isPrint(value: unknown): value is string {
  return typeof value === 'string' && PRINT.test(value);
}

export function isBoxPrint(value: unknown): value is string {
  return isPrint(value) && value.startsWith('b');
}
