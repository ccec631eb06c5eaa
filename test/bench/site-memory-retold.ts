/**
 * The article guard's worst case, on real pages: a story read before (the same article under three addresses,
 * syndicated, an AMP twin) makes every block of the page known. Each page of the shared AEB set is cleaned with a
 * template listing all of its own prints, and its text compared with a plain clean. Run by `bench:memory` when
 * the data set is there (`../shared/bench/aeb-dev` or `/work/shared/bench/aeb-dev`, outside the repository).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean, parseDocument, type DomImplementation } from '../../src/node';

/** `../shared/bench/aeb-dev` from the repository root, else where the machine keeps it (as `npm run bench` looks). */
export const RETOLD_DIR =
  [join(import.meta.dirname, '../../../shared/bench/aeb-dev/html'), '/work/shared/bench/aeb-dev/html'].find(
    (dir) => existsSync(dir),
  ) ?? '';

export interface RetoldReport {
  pages: number;
  /** Text kept with every print known, over the plain clean's text, summed over the pages. */
  ratio: number;
  /** Pages whose text is more than 5% shorter with every print known. */
  shorter: string[];
  worst: { page: string; ratio: number } | null;
}

export function retoldWorstCase(dom: DomImplementation): RetoldReport | null {
  if (RETOLD_DIR === '') return null;
  let plainChars = 0;
  let memoryChars = 0;
  const shorter: string[] = [];
  let worst: RetoldReport['worst'] = null;
  const files = readdirSync(RETOLD_DIR).filter((f) => f.endsWith('.html'));
  for (const file of files) {
    const url = 'https://example.com/article';
    const doc = parseDocument(readFileSync(join(RETOLD_DIR, file), 'utf8'), url, dom);
    const plain = clean(doc, { url, collectPrints: true });
    const blocks = (plain.prints ?? []).map((p) => ({ print: p.print, pages: 3 }));
    const known = clean(doc, { url, siteTemplate: { blocks } });
    plainChars += plain.text.length;
    memoryChars += known.text.length;
    const ratio = plain.text.length === 0 ? 1 : known.text.length / plain.text.length;
    if (ratio < 0.95) shorter.push(file.slice(0, 12));
    if (!worst || ratio < worst.ratio) worst = { page: file.slice(0, 12), ratio };
  }
  return { pages: files.length, ratio: plainChars === 0 ? 1 : memoryChars / plainChars, shorter, worst };
}
