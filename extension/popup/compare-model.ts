/**
 * The comparison model: the original region's text in reading order, each block marked kept or removed (and by
 * what), aligned with the clean text's paragraphs so the two panes can scroll together. Pure over a Document.
 */
import type { RemovedBlock } from '../../src/types';

export interface KeptRow {
  kind: 'kept';
  text: string;
  /** Index of the clean paragraph this row became, when it could be matched. */
  para?: number;
}

export interface RemovedRow {
  kind: 'removed';
  /** Index into `CleanResult.removed`. */
  index: number;
  block: RemovedBlock;
  /** False when the block lies outside the region the page sent (e.g. the site header). */
  located: boolean;
}

export type Row = KeptRow | RemovedRow;

const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function textMatches(el: Element, block: RemovedBlock): boolean {
  const text = normalise(el.textContent ?? '');
  const want = block.text;
  if (want === '') return text === '';
  // The engine's text is taken after earlier stages' cuts, so the original element may hold more.
  return text === want || text.includes(want.slice(0, 40));
}

function query(root: Document, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Finds a removed block in the original: by its CSS path, by a shorter tail of that path, then by its text. */
export function locate(doc: Document, block: RemovedBlock, taken: ReadonlySet<Element>): Element | null {
  const ok = (el: Element | null): el is Element => el !== null && !taken.has(el) && textMatches(el, block);
  const exact = query(doc, block.where);
  if (ok(exact)) return exact;
  const parts = block.where.split(/\s*>\s*/);
  for (let i = 1; i < parts.length; i++) {
    const tail = query(doc, parts.slice(i).join(' > '));
    if (ok(tail)) return tail;
  }
  if (block.text === '') return null;
  let best: Element | null = null;
  for (const el of doc.body.querySelectorAll('*')) {
    if (!taken.has(el) && normalise(el.textContent ?? '') === block.text) best = el; // deepest wins
  }
  return best;
}

function isLeafBlock(el: Element): boolean {
  for (const child of el.querySelectorAll('*')) if (BLOCK_TAGS.has(child.localName)) return false;
  return true;
}

/** Rows in document order. Removed blocks found nowhere in the region go before it (header-ish) or after it. */
export function buildRows(doc: Document, removed: readonly RemovedBlock[]): Row[] {
  const marks = new Map<Element, number>();
  const taken = new Set<Element>();
  const missing: number[] = [];
  removed.forEach((block, index) => {
    const el = locate(doc, block, taken);
    if (el) {
      marks.set(el, index);
      taken.add(el);
    } else missing.push(index);
  });

  const rows: Row[] = [];
  const walk = (el: Element, inRemoved: boolean): void => {
    const index = marks.get(el);
    const block = index === undefined ? undefined : removed[index];
    if (index !== undefined && block) {
      rows.push({ kind: 'removed', index, block, located: true });
      inRemoved = true;
    } else if (!inRemoved && isLeafBlock(el) && el !== doc.body) {
      const text = normalise(el.textContent ?? '');
      if (text) rows.push({ kind: 'kept', text });
      return;
    }
    for (const node of el.childNodes) {
      if (node.nodeType === 1) walk(node as Element, inRemoved);
      else if (!inRemoved && node.nodeType === 3) {
        const text = normalise(node.textContent ?? '');
        if (text) rows.push({ kind: 'kept', text });
      }
    }
  };
  walk(doc.body, false);

  const before: Row[] = [];
  const after: Row[] = [];
  for (const index of missing) {
    const block = removed[index];
    if (!block) continue;
    const row: RemovedRow = { kind: 'removed', index, block, located: false };
    (/(^|>\s*)(header|nav)\b/.test(block.where) ? before : after).push(row);
  }
  return [...before, ...rows, ...after];
}

/** The clean text's paragraphs, as `CleanResult.text` separates them. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(normalise)
    .filter((p) => p !== '');
}

/**
 * Matches kept rows to clean paragraphs, in order: a row matches the next paragraph that contains its start or
 * that it contains. Unmatched rows keep no `para`.
 */
export function align(rows: Row[], paras: readonly string[]): Row[] {
  let next = 0;
  return rows.map((row) => {
    if (row.kind !== 'kept') return row;
    const probe = row.text.slice(0, 60);
    for (let i = next; i < paras.length && i < next + 8; i++) {
      const para = paras[i] ?? '';
      if (para.includes(probe) || row.text.includes(para.slice(0, 60))) {
        next = i + 1;
        return { ...row, para: i };
      }
    }
    return row;
  });
}

/** Readability's cuts are many and not switchable: consecutive ones render as one collapsed group. */
export type Group = { kind: 'row'; row: Row } | { kind: 'readability'; rows: RemovedRow[] };

export function isReadability(block: RemovedBlock): boolean {
  return block.stage === 'readability' || block.ruleId.startsWith('readability:');
}

export function group(rows: readonly Row[]): Group[] {
  const out: Group[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (row.kind === 'removed' && isReadability(row.block)) {
      if (last?.kind === 'readability') last.rows.push(row);
      else out.push({ kind: 'readability', rows: [row] });
    } else out.push({ kind: 'row', row });
  }
  return out;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
