/**
 * A forgiving scanner for start tags and their attributes, after the HTML spec's "prescan a byte stream" tokenizer.
 * It sees what a browser's encoding sniffer sees, without building a DOM: the charset prescan and the page-URL
 * lookup both need a few `<meta>`/`<link>` attributes before anything is parsed.
 */

export interface StartTag {
  /** Lower-cased tag name. */
  name: string;
  /** Lower-cased attribute names; the first occurrence of a name wins, as in the spec. Values keep their case. */
  attributes: Map<string, string>;
}

export interface ScanOptions {
  /** Skip the contents of `<script>`, `<style>` and the like, so markup quoted inside them is not taken as tags. */
  skipRawText?: boolean;
}

const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
}

function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

/** Yields every start tag in `text`, in order. */
export function* scanTags(text: string, options: ScanOptions = {}): Generator<StartTag> {
  // Lower-cased once, only when needed, to find `</script` and the like.
  let lower: string | null = null;
  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) return;
    pos = lt;
    if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4);
      if (end < 0) return;
      pos = end + 3;
      continue;
    }
    const next = text[pos + 1];
    if (isAsciiLetter(next)) {
      let p = pos + 1;
      while (p < text.length && !isSpace(text[p]) && text[p] !== '>' && text[p] !== '/') p++;
      const name = text.slice(pos + 1, p).toLowerCase();
      const attributes = new Map<string, string>();
      for (;;) {
        const attr = readAttribute(text, p);
        p = attr.end;
        if (attr.name === null) break;
        if (!attributes.has(attr.name)) attributes.set(attr.name, attr.value);
      }
      pos = p;
      yield { name, attributes };
      if (options.skipRawText && RAW_TEXT.has(name)) {
        lower ??= text.toLowerCase();
        const close = lower.indexOf(`</${name}`, pos);
        if (close < 0) return;
        pos = close;
      }
      continue;
    }
    if (next === '/' || next === '!' || next === '?') {
      const end = text.indexOf('>', pos + 1);
      if (end < 0) return;
      pos = end + 1;
      continue;
    }
    pos++;
  }
}

interface AttributeRead {
  name: string | null;
  value: string;
  end: number;
}

/** The spec's "get an attribute", on a string. Returns `name: null` (and the position after `>`) at the tag's end. */
function readAttribute(text: string, start: number): AttributeRead {
  let p = start;
  while (p < text.length && (isSpace(text[p]) || text[p] === '/')) p++;
  if (p >= text.length) return { name: null, value: '', end: p };
  if (text[p] === '>') return { name: null, value: '', end: p + 1 };
  let name = '';
  // The first character may be `=`: `<meta =x>` has an attribute named "=".
  if (text[p] === '=') {
    name = '=';
    p++;
  }
  for (;;) {
    const c = text[p];
    if (c === undefined) return { name: name.toLowerCase(), value: '', end: p };
    if (c === '=' && name !== '') {
      p++;
      break;
    }
    if (isSpace(c)) {
      while (isSpace(text[p])) p++;
      if (text[p] !== '=') return { name: name.toLowerCase(), value: '', end: p };
      p++;
      break;
    }
    if (c === '/' || c === '>') return { name: name.toLowerCase(), value: '', end: p };
    name += c;
    p++;
  }
  while (isSpace(text[p])) p++;
  const q = text[p];
  if (q === '"' || q === "'") {
    const close = text.indexOf(q, p + 1);
    const end = close < 0 ? text.length : close;
    return { name: name.toLowerCase(), value: decodeReferences(text.slice(p + 1, end)), end: end + 1 };
  }
  if (q === '>') return { name: name.toLowerCase(), value: '', end: p };
  let e = p;
  while (e < text.length && !isSpace(text[e]) && text[e] !== '>') e++;
  return { name: name.toLowerCase(), value: decodeReferences(text.slice(p, e)), end: e };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that turn up in URLs and charset labels; others are left as written. */
function decodeReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
