/**
 * Bytes → text the way a browser decides: byte-order mark, then the transport's charset, then a `<meta>` charset in
 * the first 1024 bytes, then UTF-8 if the bytes are valid UTF-8, then windows-1252. Pure: no I/O.
 *
 * The sniffing is `html-encoding-sniffer` and the decoding `@exodus/bytes`, the pair jsdom itself uses. The decoder
 * is not Node's: Node 20.18.3+ decodes `windows-1252` as ISO-8859-1, turning 0x80–0x9F into C1 controls instead of
 * € ’ “ ” (nodejs/node#60888); `@exodus/bytes` follows the WHATWG index.
 */
import { getBOMEncoding, normalizeEncoding, TextDecoder } from '@exodus/bytes/encoding.js';
import htmlEncodingSniffer from 'html-encoding-sniffer';

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used, lower case, e.g. `utf-8`, `windows-1252`, `utf-16le`, `shift_jis`. */
  encoding: string;
}

/** How many leading bytes the `<meta>` prescan looks at, as in browsers. */
export const PRESCAN_BYTES = 1024;

/** Returned by the sniffer when nothing declared an encoding (not a real label, so it cannot collide). */
const UNDECLARED = 'x-pith-undeclared';

export function decodeHtml(bytes: Uint8Array, contentTypeHint?: string): DecodedHtml {
  const hinted = contentTypeHint === undefined ? null : charsetFromContent(contentTypeHint);
  const transport = hinted === null ? null : encodingForLabel(hinted);
  const sniffed = htmlEncodingSniffer(bytes, {
    defaultEncoding: UNDECLARED,
    ...(transport === null ? {} : { transportLayerEncodingLabel: transport }),
  });
  if (sniffed !== UNDECLARED) {
    const encoding = encodingForLabel(sniffed) ?? 'windows-1252';
    // A BOM is stripped by the decoder; without one, a leading U+FEFF is text and stays.
    const ignoreBOM = getBOMEncoding(bytes) === null;
    return { text: new TextDecoder(encoding, { ignoreBOM }).decode(bytes), encoding };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** A label (`latin1`, ` UTF8 `, `x-sjis`) → the WHATWG encoding name, or null when no decoder exists for it. */
export function encodingForLabel(label: string): string | null {
  const name = normalizeEncoding(label.trim());
  // x-user-defined is a browser's pseudo-encoding; for text it reads like windows-1252 on ASCII. "replacement"
  // decodes every page to one U+FFFD: ignore such a declaration, as for an unknown one.
  if (name === 'x-user-defined') return 'windows-1252';
  return name === 'replacement' ? null : name;
}

/** The HTML spec's "prescan a byte stream to determine its encoding", on the bytes it is given. */
export function prescanForCharset(head: Uint8Array): string | null {
  const found = htmlEncodingSniffer(head.subarray(0, PRESCAN_BYTES), { defaultEncoding: UNDECLARED });
  return found === UNDECLARED ? null : encodingForLabel(found);
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
