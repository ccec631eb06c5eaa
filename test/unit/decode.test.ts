import { describe, expect, it } from 'vitest';
import { charsetFromContent, decodeHtml, encodingForLabel, prescanForCharset } from '../../src/cli/decode';

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));

describe('decodeHtml: byte-order marks', () => {
  it('UTF-8 BOM wins over a meta that says otherwise, and is stripped', () => {
    const r = decodeHtml(bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252"><p>caf', [0xc3, 0xa9]));
    expect(r).toEqual({ encoding: 'utf-8', text: '<meta charset="windows-1252"><p>café' });
  });

  it('UTF-16LE BOM', () => {
    const text = '<p>é’</p>';
    const body = [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    expect(decodeHtml(bytes([0xff, 0xfe], body))).toEqual({ encoding: 'utf-16le', text });
  });

  it('UTF-16BE BOM', () => {
    const text = '<p>é’</p>';
    const body = [...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    expect(decodeHtml(bytes([0xfe, 0xff], body))).toEqual({ encoding: 'utf-16be', text });
  });
});

describe('decodeHtml: <meta> prescan', () => {
  it('meta charset=windows-1252: 0xE9 is é and 0x92 is ’ (not the C1 control Node gives)', () => {
    const r = decodeHtml(bytes('<meta charset=windows-1252><p>caf', [0xe9], ' l', [0x92], 'homme'));
    expect(r).toEqual({ encoding: 'windows-1252', text: '<meta charset=windows-1252><p>café l’homme' });
  });

  it('latin1, iso-8859-1 and ascii labels mean windows-1252', () => {
    for (const label of ['latin1', 'ISO-8859-1', 'ascii', 'us-ascii']) {
      const r = decodeHtml(bytes(`<meta charset="${label}"><p>`, [0x93, 0x61, 0x94]));
      expect(r.encoding).toBe('windows-1252');
      expect(r.text.endsWith('“a”')).toBe(true);
    }
  });

  it('http-equiv Content-Type with charset in content', () => {
    const r = decodeHtml(
      bytes('<head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1"><p>', [0xe9]),
    );
    expect(r.encoding).toBe('windows-1252');
    expect(r.text.endsWith('<p>é')).toBe(true);
  });

  it('content with a charset but no http-equiv pragma is ignored', () => {
    expect(prescanForCharset(bytes('<meta name="x" content="text/html; charset=koi8-r">'))).toBeNull();
  });

  it('single quotes, odd spacing and other attributes before charset', () => {
    expect(prescanForCharset(bytes("<meta name=viewport content='width=1' charset = 'KOI8-R' >"))).toBe(
      'koi8-r',
    );
    expect(decodeHtml(bytes("<meta charset='koi8-r'><p>", [0xc1])).text.endsWith('а')).toBe(true);
  });

  it('a meta declaring utf-16 means utf-8', () => {
    const r = decodeHtml(bytes('<meta charset="utf-16"><p>caf', [0xc3, 0xa9]));
    expect(r).toEqual({ encoding: 'utf-8', text: '<meta charset="utf-16"><p>café' });
  });

  it('skips metas inside comments and ignores unknown labels', () => {
    expect(prescanForCharset(bytes('<!-- <meta charset="koi8-r"> --><meta charset="shift_jis">'))).toBe(
      'shift_jis',
    );
    expect(prescanForCharset(bytes('<meta charset="no-such-thing"><meta charset="gbk">'))).toBe('gbk');
  });

  it('a meta after the first 1024 bytes is not seen', () => {
    const late = bytes('<!doctype html><p>', ' '.repeat(1100), '<meta charset="koi8-r"><p>', [0xe9]);
    const r = decodeHtml(late);
    // Not seen, and 0xE9 alone is invalid UTF-8: the windows-1252 fallback.
    expect(r.encoding).toBe('windows-1252');
    expect(r.text.endsWith('é')).toBe(true);
  });

  it('the Content-Type hint beats the meta, and the BOM beats both', () => {
    const page = bytes('<meta charset="koi8-r"><p>', [0xe9]);
    expect(decodeHtml(page, 'text/html; charset=windows-1252').text.endsWith('é')).toBe(true);
    expect(decodeHtml(page, 'text/html').encoding).toBe('koi8-r');
    expect(decodeHtml(bytes([0xef, 0xbb, 0xbf], '<p>x'), 'text/html; charset=koi8-r').encoding).toBe('utf-8');
  });
});

describe('decodeHtml: no declaration', () => {
  it('valid UTF-8 is read as UTF-8', () => {
    expect(decodeHtml(bytes('<p>caf', [0xc3, 0xa9], ' ', [0xe2, 0x80, 0x99]))).toEqual({
      encoding: 'utf-8',
      text: '<p>café ’',
    });
  });

  it('invalid UTF-8 falls back to windows-1252', () => {
    expect(decodeHtml(bytes('<p>caf', [0xe9], ' l', [0x92], 'a ', [0x80]))).toEqual({
      encoding: 'windows-1252',
      text: '<p>café l’a €',
    });
  });

  it('a truncated UTF-8 sequence is invalid too', () => {
    expect(decodeHtml(bytes('<p>', [0xe2, 0x80])).encoding).toBe('windows-1252');
  });
});

describe('pieces', () => {
  const META = '<meta charset=windows-1252>';
  const as1252 = (body: Uint8Array): string => decodeHtml(bytes(META, [...body])).text.slice(META.length);

  it('windows-1252 maps 0x80–0x9F per the WHATWG index, unassigned bytes to C1 controls', () => {
    const all = as1252(Uint8Array.from({ length: 256 }, (_, i) => i));
    expect(all.length).toBe(256);
    expect(all.codePointAt(0x80)).toBe(0x20ac);
    expect(all.codePointAt(0x81)).toBe(0x81);
    expect(all.codePointAt(0x8a)).toBe(0x160);
    expect(all.codePointAt(0x91)).toBe(0x2018);
    expect(all.codePointAt(0x9f)).toBe(0x178);
    expect(all.codePointAt(0xa0)).toBe(0xa0);
    expect(all.codePointAt(0xff)).toBe(0xff);
  });

  it('decodes large inputs', () => {
    const big = new Uint8Array(300_000).fill(0x92);
    expect(as1252(big)).toBe('’'.repeat(300_000));
  });

  it('charsetFromContent follows the spec extraction', () => {
    expect(charsetFromContent('text/html; charset=UTF-8')).toBe('UTF-8');
    expect(charsetFromContent('text/html;charset="koi8-r"; x=1')).toBe('koi8-r');
    expect(charsetFromContent('charsetx; charset = gbk ')).toBe('gbk');
    expect(charsetFromContent('text/html; charset="unterminated')).toBeNull();
    expect(charsetFromContent('text/html')).toBeNull();
  });

  it('encodingForLabel uses WHATWG names', () => {
    expect(encodingForLabel(' UTF8 ')).toBe('utf-8');
    expect(encodingForLabel('latin1')).toBe('windows-1252');
    expect(encodingForLabel('x-user-defined')).toBe('windows-1252');
    expect(encodingForLabel('bogus')).toBeNull();
  });
});
