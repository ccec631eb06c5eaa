/**
 * Draws the Pith icon (a rounded green square with three text lines, the middle one short: "the pith of the page")
 * at 16/32/48/128 px and writes PNGs to public/icons. No image library: raw RGBA → zlib → PNG chunks.
 * Run: `npx tsx scripts/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { crc32 } from './lib/crc32';

type Rgba = [number, number, number, number];

const BG: Rgba = [32, 110, 84, 255];
const INK: Rgba = [250, 248, 240, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Colour of pixel (x, y) in an icon of `size` px, sampled at the pixel centre in unit coordinates. */
function pixel(x: number, y: number, size: number): Rgba {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const r = 0.2; // corner radius
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return CLEAR;
  const lines: [number, number, number][] = [
    [0.28, 0.2, 0.8],
    [0.47, 0.2, 0.58],
    [0.66, 0.2, 0.8],
  ];
  const half = size <= 16 ? 0.07 : 0.055;
  for (const [ly, x0, x1] of lines) {
    if (Math.abs(v - ly) <= half && u >= x0 && u <= x1) return INK;
  }
  return BG;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(`public/icons/icon-${size}.png`, png(size));
  console.log(`public/icons/icon-${size}.png`);
}
