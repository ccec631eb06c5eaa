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

/** Elements by their whitespace-collapsed text, built once per document (text search is the last resort). */
export type TextIndex = Map<string, Element[]>;

export function indexText(doc: Document): TextIndex {
  const index: TextIndex = new Map();
  for (const el of doc.body.querySelectorAll('*')) {
    const text = normalise(el.textContent ?? '');
    if (text === '') continue;
    const list = index.get(text);
    if (list) list.push(el);
    else index.set(text, [el]);
  }
  return index;
}

/** Finds a removed block in the original: by its CSS path, by a shorter tail of that path, then by its text. */
export function locate(
  doc: Document,
  block: RemovedBlock,
  taken: ReadonlySet<Element>,
  texts: () => TextIndex = () => indexText(doc),
): Element | null {
  const ok = (el: Element | null): el is Element => el !== null && !taken.has(el) && textMatches(el, block);
  const exact = query(doc, block.where);
  if (ok(exact)) return exact;
  // Shorter tails of the path, for a fragment rooted below `body`: those anchored on an id, then the last few
  // steps. Every selector string is new to the engine, so trying every tail of a deep path costs too much.
  const parts = block.where.split(/\s*>\s*/);
  const starts = parts.flatMap((part, i) => (i > 0 && part.includes('#') ? [i] : []));
  for (let i = Math.max(1, parts.length - 3); i < parts.length; i++) if (!starts.includes(i)) starts.push(i);
  for (const i of starts) {
    const tail = query(doc, parts.slice(i).join(' > '));
    if (ok(tail)) return tail;
  }
  if (block.text === '') return null;
  // Document order puts descendants after ancestors: the last free one is the deepest.
  const same = (texts().get(block.text) ?? []).filter((el) => !taken.has(el));
  return same[same.length - 1] ?? null;
}

/** Elements that hold a block-level element somewhere inside: one bottom-up pass instead of a query each. */
function containersOfBlocks(doc: Document): Set<Element> {
  const containers = new Set<Element>();
  for (const el of doc.body.querySelectorAll('*')) {
    if (!BLOCK_TAGS.has(el.localName)) continue;
    for (let up = el.parentElement; up && !containers.has(up); up = up.parentElement) containers.add(up);
  }
  return containers;
}

/** Rows in document order. Removed blocks found nowhere in the region go before it (header-ish) or after it. */
export function buildRows(doc: Document, removed: readonly RemovedBlock[]): Row[] {
  const marks = new Map<Element, number>();
  const taken = new Set<Element>();
  const missing: number[] = [];
  let index: TextIndex | null = null;
  const texts = () => (index ??= indexText(doc));
  removed.forEach((block, i) => {
    const el = locate(doc, block, taken, texts);
    if (el) {
      marks.set(el, i);
      taken.add(el);
    } else missing.push(i);
  });
  const containers = containersOfBlocks(doc);

  const rows: Row[] = [];
  const walk = (el: Element, inRemoved: boolean): void => {
    const index = marks.get(el);
    const block = index === undefined ? undefined : removed[index];
    if (index !== undefined && block) {
      rows.push({ kind: 'removed', index, block, located: true });
      inRemoved = true;
    } else if (!inRemoved && !containers.has(el) && el !== doc.body) {
      const text = normalise(el.textContent ?? '');
      if (text) rows.push({ kind: 'kept', text });
      return;
    }
    if (inRemoved && !hasMarkInside(el)) return;
    for (const node of el.childNodes) {
      if (node.nodeType === 1) walk(node as Element, inRemoved);
      else if (!inRemoved && node.nodeType === 3) {
        const text = normalise(node.textContent ?? '');
        if (text) rows.push({ kind: 'kept', text });
      }
    }
  };
  // Inside a removed block only nested marks matter; skip subtrees that hold none.
  const marked = new Set<Element>();
  for (const el of marks.keys()) {
    for (let up = el.parentElement; up && !marked.has(up); up = up.parentElement) marked.add(up);
  }
  const hasMarkInside = (el: Element) => marked.has(el);
  walk(doc.body, false);

  const before: Row[] = [];
  const after: Row[] = [];
  for (const i of missing) {
    const block = removed[i];
    if (!block) continue;
    const row: RemovedRow = { kind: 'removed', index: i, block, located: false };
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
