/**
 * Bytes → text the way a browser decides: byte-order mark, then the transport's charset, then a `<meta>` charset in
 * the first 1024 bytes, then UTF-8 if the bytes are valid UTF-8, then windows-1252. Pure: no I/O.
 */
import { scanTags } from './html-tags';
import { decodeWindows1252 } from './windows-1252';

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `windows-1252`, `utf-16le`, `shift_jis`. */
  encoding: string;
}

/** How many leading bytes the `<meta>` prescan looks at, as in browsers. */
export const PRESCAN_BYTES = 1024;

export function decodeHtml(bytes: Uint8Array, contentTypeHint?: string): DecodedHtml {
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeAs(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding };

  const hinted = contentTypeHint === undefined ? null : charsetFromContent(contentTypeHint);
  const fromHint = hinted === null ? null : encodingForLabel(hinted);
  if (fromHint) return { text: decodeAs(fromHint, bytes), encoding: fromHint };

  const fromMeta = prescanForCharset(bytes.subarray(0, PRESCAN_BYTES));
  if (fromMeta) return { text: decodeAs(fromMeta, bytes), encoding: fromMeta };

  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** A label (`latin1`, ` UTF8 `, `x-sjis`) → the WHATWG encoding name, or null when no decoder exists for it. */
export function encodingForLabel(label: string): string | null {
  // Browsers have an x-user-defined decoder; Node has none, and for text it behaves like windows-1252 on ASCII.
  if (label.trim().toLowerCase() === 'x-user-defined') return 'windows-1252';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    // Unknown labels, and the "replacement" encodings Node refuses: ignore the declaration, as for an unknown one.
    return null;
  }
}

/** The HTML spec's "prescan a byte stream to determine its encoding", on the bytes it is given. */
export function prescanForCharset(head: Uint8Array): string | null {
  // One char per byte: the prescan only looks at ASCII, and this keeps offsets equal to byte offsets.
  let text = '';
  for (let i = 0; i < head.length; i += 4096) {
    text += String.fromCharCode(...head.subarray(i, i + 4096));
  }
  for (const tag of scanTags(text)) {
    if (tag.name !== 'meta') continue;
    const attrs = tag.attributes;
    const gotPragma = attrs.get('http-equiv')?.trim().toLowerCase() === 'content-type';
    let label: string | null;
    let needPragma = false;
    const charset = attrs.get('charset');
    if (charset !== undefined) {
      label = charset;
    } else {
      const content = attrs.get('content');
      label = content === undefined ? null : charsetFromContent(content);
      needPragma = true;
    }
    if (label === null || (needPragma && !gotPragma)) continue;
    const encoding = encodingForLabel(label);
    if (encoding === null) continue;
    // A page whose bytes could be read as ASCII to find this tag is not UTF-16, whatever it claims.
    if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
    return encoding;
  }
  return null;
}

/** The HTML spec's "extracting a character encoding from a meta element": `text/html; charset="koi8-r"` → `koi8-r`. */
export function charsetFromContent(content: string): string | null {
  const lower = content.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf('charset', from);
    if (at < 0) return null;
    let p = at + 'charset'.length;
    while (isSpace(content[p])) p++;
    if (content[p] !== '=') {
      from = at + 'charset'.length;
      continue;
    }
    p++;
    while (isSpace(content[p])) p++;
    const quote = content[p];
    if (quote === undefined) return null;
    if (quote === '"' || quote === "'") {
      const close = content.indexOf(quote, p + 1);
      return close < 0 ? null : content.slice(p + 1, close);
    }
    let end = p;
    while (end < content.length && !isSpace(content[end]) && content[end] !== ';') end++;
    return content.slice(p, end);
  }
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
}
