/**
 * The popup's side-by-side comparison, built from the live page, which is the only place that holds both the
 * original blocks and the engine's record of each removal. Pure over a Document and a CleanResult (no extension
 * API), so unit tests run it on jsdom pages.
 *
 * True by construction:
 * - a cut row is a removal record's own element, found by the record's `where` path in the same document the
 *   engine cloned (checked against the record's text); every record gets exactly one row (or the empty/unplaced
 *   lists when it has no text or no element);
 * - a kept row is page text that matches the clean text at the current position (white space aside), so the kept
 *   rows, in order, spell the clean text; page text that is neither is shown as left out, never as kept.
 */
import { countWords } from '../../src/dom/text';
import { findFootnotes, type Footnotes } from '../../src/serialise/footnotes';
import { texOf } from '../../src/serialise/markdown-content';
import { captionsCarryArticle, isMathCopy } from '../../src/serialise/text';
import { videoLinkText } from '../../src/stages/rescue-content';
import type { CleanResult } from '../../src/types';
import type { CleanBlock, CompareRow, Comparison } from '../shared/messages';

type Row = CompareRow;

/** Never text: their content is code or inert markup. */
const IGNORED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head', 'title']);

function isIgnored(el: Element): boolean {
  return IGNORED.has(el.localName) || isMathCopy(el);
}

/**
 * Elements the clean text writes as one piece of text the page does not show as such: a formula as its TeX source
 * when the page has one, otherwise the MathML's own text (src/serialise/text.ts); a video player as the link the
 * engine puts in its place (src/stages/rescue-content.ts). Null for every other element.
 */
function atomText(el: Element): string | null {
  if (el.localName === 'math') return texOf(el) ?? textOf(el);
  if (el.localName === 'iframe') return videoLinkText(el);
  return null;
}

/**
 * How the clean text reads the page's elements, beyond `atomText`: footnotes as src/serialise/text.ts writes them
 * (a reference as its label "[1]", a note opened by its label, the note's back-links left out).
 */
interface Reading {
  /** The element's text as one piece (a formula, a video link, a footnote reference), or null. */
  atom(el: Element): string | null;
  /** The label the clean text writes before the element's own text (a footnote's "[1]"), or null. */
  label(el: Element): string | null;
  /** Never text: inert content, and a note's link back to its reference. */
  skip(el: Element): boolean;
}

function readingOf(doc: Document): Reading {
  const notes: Footnotes = findFootnotes(doc.body ?? doc);
  return {
    atom: (el) => {
      const ref = notes.refLabel(el);
      return ref === null ? atomText(el) : `[${ref}]`;
    },
    label: (el) => {
      const note = notes.noteLabel(el);
      return note === null ? null : `[${note}]`;
    },
    skip: (el) => isIgnored(el) || notes.isBacklink(el),
  };
}

/**
 * One unit of text in reading order: a text node, an element written as one piece (`Reading.atom`), or a label
 * the clean text puts before an element's own text (`Reading.label`; the unit is then the labelled element).
 */
type Unit = Text | Element;

function unitText(unit: Unit, reading: Reading): string {
  if (unit.nodeType === 3) return unit.nodeValue ?? '';
  const el = unit as Element;
  return reading.atom(el) ?? reading.label(el) ?? '';
}
/** Shown on the page, but never in the clean text (see src/serialise/text.ts). */
const NOT_IN_TEXT: Record<string, string> = {
  figcaption: 'caption',
  button: 'button',
  select: 'form control',
  textarea: 'form control',
  option: 'form control',
  iframe: 'embed',
  video: 'media',
  audio: 'media',
};
/** When the captions are the article (a slideshow story), the clean text reads them (see `captionsCarryArticle`). */
const NOT_IN_TEXT_BUT_CAPTIONS: Record<string, string> = Object.fromEntries(
  Object.entries(NOT_IN_TEXT).filter(([tag]) => tag !== 'figcaption'),
);

/** What the clean text leaves out, as the engine decided for this result. */
function notInTextOf(result: CleanResult, parse: (html: string) => Document): Record<string, string> {
  const article = result.html ? parse(result.html).body : null;
  return article && captionsCarryArticle(article) ? NOT_IN_TEXT_BUT_CAPTIONS : NOT_IN_TEXT;
}
const BLOCK = new Set(
  (
    'address article aside blockquote dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 ' +
    'h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul caption button label'
  ).split(' '),
);
const HEADING = /^h[1-6]$/;

/** Landmarks shown collapsed when none of their text is kept. */
function regionName(el: Element): string | null {
  const role = el.getAttribute('role');
  const tag = el.localName;
  if (tag === 'nav' || role === 'navigation') return 'Navigation';
  if (role === 'banner' || (tag === 'header' && !el.closest('article, main'))) return 'Page header';
  if (role === 'contentinfo' || (tag === 'footer' && !el.closest('article, main'))) return 'Page footer';
  if (tag === 'aside' || role === 'complementary') return 'Sidebar';
  return null;
}

/**
 * Text without any white space, decomposed: how page text and clean text are compared. The clean text spells a
 * page's "u\u0308" as "ü" (src/serialise/composed.ts); decomposed, both read alike, and a page's text nodes still
 * match piece by piece where one ends before a combining mark.
 */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '').normalize('NFD');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The element's text as the engine saw it: without script, style and other inert content. */
function textOf(el: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !isIgnored(child as Element)) walk(child);
    }
  };
  walk(el);
  return out;
}

/** The element at a removal record's `where` path, or null (a path the page no longer fits). */
export function elementAt(doc: Document, where: string): Element | null {
  try {
    return doc.querySelector(where);
  } catch {
    return null;
  }
}

/** Records with no text a reader sees: empty slots, embeds, a page's JSON-LD data. */
function isEmptyRecord(doc: Document, record: CleanResult['removed'][number]): boolean {
  if (squeeze(record.text) === '') return true;
  const el = elementAt(doc, record.where);
  return el !== null && isIgnored(el);
}

/** The record's element: its `where` path, if that element still has the record's text. */
function findRecordElements(doc: Document, result: CleanResult): Map<Element, number> {
  const found = new Map<Element, number>();
  result.removed.forEach((record, i) => {
    if (isEmptyRecord(doc, record)) return;
    const el = elementAt(doc, record.where);
    if (!el || el === doc.body || el === doc.documentElement || found.has(el)) return;
    const have = squeeze(textOf(el));
    const want = squeeze(record.text);
    // Readability's records are taken after the rules' cuts, so the page element may hold more.
    const fits = have === want || (record.stage === 'readability' && have.includes(want));
    if (fits) found.set(el, i);
  });
  return found;
}

/** Clean blocks: the clean text's paragraphs, with those that are headings in the clean HTML flagged. */
export function cleanBlocks(result: CleanResult, parse: (html: string) => Document): CleanBlock[] {
  const headings = new Set<string>();
  if (result.html) {
    for (const h of parse(result.html).querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      headings.add(squeeze(h.textContent ?? ''));
    }
  }
  return result.text
    .split(/\n\s*\n/)
    .map(collapse)
    .filter((p) => p !== '')
    .map((text) => ({ text, heading: headings.has(squeeze(text)) }));
}

interface Piece {
  kind: 'kept' | 'left-out';
  text: string;
  why: string;
}

/** Calls `visit` for each unit of text a reader could see that is in no record and in no never-text element. */
function eachCandidate(
  root: Element | null,
  records: ReadonlyMap<Element, number>,
  reading: Reading,
  notInText: Record<string, string>,
  visit: (unit: Unit) => void,
): void {
  const walk = (el: Element): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if ((child.nodeValue ?? '').trim() !== '') visit(child as Text);
      } else if (child.nodeType === 1) {
        const node = child as Element;
        if (reading.skip(node) || records.has(node)) continue;
        if (reading.atom(node) !== null) visit(node);
        else if (!notInText[node.localName]) {
          if (reading.label(node) !== null) visit(node);
          walk(node);
        }
      }
    }
  };
  if (root) walk(root);
}

const LONG = 24;
const LOOKAHEAD = 12;
const MAX_SKIP = 400;

/**
 * The page text nodes that make up the clean text: matched in order against it, white space aside. A node
 * matches at the current position; a short one ("Experience" in a menu) gives way when a longer node just after
 * it matches at the same place ("Experience is thrilled to…", the first paragraph); after a mismatch, a long
 * node may match a little further on, so one odd block does not leave the rest of the page unmatched.
 */
function keptTextNodes(
  root: Element | null,
  records: ReadonlyMap<Element, number>,
  reading: Reading,
  notInText: Record<string, string>,
  clean: string,
): Set<Node> {
  const nodes: Unit[] = [];
  eachCandidate(root, records, reading, notInText, (node) => nodes.push(node));
  const texts = nodes.map((n) => squeeze(unitText(n, reading)));
  const kept = new Set<Node>();
  let cursor = 0;
  for (let i = 0; i < nodes.length; i++) {
    const s = texts[i] ?? '';
    const node = nodes[i];
    if (!node) continue;
    if (clean.startsWith(s, cursor)) {
      const longerAhead =
        s.length < LONG &&
        texts.slice(i + 1, i + 1 + LOOKAHEAD).some((t) => t.length >= LONG && clean.startsWith(t, cursor));
      if (longerAhead) continue;
      kept.add(node);
      cursor += s.length;
    } else if (s.length >= LONG) {
      const at = clean.indexOf(s, cursor);
      // Not far: a pull quote repeats a later sentence, and must not pull the position past the paragraphs.
      if (at >= 0 && at - cursor <= MAX_SKIP) {
        kept.add(node);
        cursor = at + s.length;
      }
    }
  }
  return kept;
}

export function buildComparison(
  doc: Document,
  result: CleanResult,
  parse: (html: string) => Document,
): Comparison {
  const records = findRecordElements(doc, result);
  const title = squeeze(result.title);
  const reading = readingOf(doc);
  const notInText = notInTextOf(result, parse);
  const kept = keptTextNodes(doc.body, records, reading, notInText, squeeze(result.text));
  // The rows of the element being walked; regions and records push a new list.
  const root: Row[] = [];
  let out: Row[] = root;
  let current: Piece | null = null;
  let currentHeading = false;
  const flush = (): void => {
    if (!current) return;
    const text = collapse(current.text);
    if (text !== '') {
      out.push(
        current.kind === 'kept'
          ? { kind: 'kept', text, heading: currentHeading }
          : { kind: 'left-out', text, why: current.why },
      );
    }
    current = null;
  };
  // A note's label ("[1]") opens the first text inside the note, whatever blocks the note holds.
  let pendingLabel: string | null = null;
  const add = (kind: Piece['kind'], text: string, why: string, heading: boolean): void => {
    if (pendingLabel !== null) {
      const label = pendingLabel;
      pendingLabel = null;
      if (kind === 'kept') text = `${label} ${text}`;
      else add('kept', label, '', false);
    }
    if (current && (current.kind !== kind || current.why !== why || currentHeading !== heading)) flush();
    current ??= { kind, text: '', why };
    currentHeading = heading;
    current.text += text;
  };

  const walk = (el: Element, why: string, heading: boolean): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        if (text.trim() === '') {
          if (current) current.text += ' ';
          continue;
        }
        if (why === '' && kept.has(child)) add('kept', text, '', heading);
        else add('left-out', text, why || leftOutWhy(text), false);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const node = child as Element;
      const tag = node.localName;
      if (reading.skip(node)) continue;
      const record = records.get(node);
      const atom = record === undefined ? reading.atom(node) : null;
      if (atom !== null) {
        const text = atom;
        if (why === '' && kept.has(node)) add('kept', ` ${text} `, '', heading);
        else add('left-out', text, why || leftOutWhy(text), false);
        continue;
      }
      const region = regionName(node);
      if (record !== undefined) {
        if (pendingLabel !== null) add('kept', '', '', false);
        flush();
        if (region) {
          // A landmark cut whole (Readability's "Page header"): one collapsed, labelled group.
          const outer = out;
          out = [];
          cutRow(node, record);
          const inner = out;
          out = outer;
          out.push(...asRegion(region, inner, result));
        } else cutRow(node, record);
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) flush();
      const label = record === undefined && !why ? reading.label(node) : null;
      if (label !== null && kept.has(node)) pendingLabel = label;
      if (region) {
        const outer = out;
        out = [];
        walk(node, why, heading);
        flush();
        const inner = out;
        out = outer;
        out.push(...asRegion(region, inner, result));
      } else {
        walk(node, why || notInText[tag] || '', heading || HEADING.test(tag));
        if (block) flush();
      }
    }
  };

  /** One row for the record; records nested in it (a Readability cut around a rule's cut) follow it. */
  const cutRow = (el: Element, record: number): void => {
    const own: string[] = [];
    const nested: number[] = [];
    const collect = (node: Element): void => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) own.push(child.nodeValue ?? '');
        else if (child.nodeType === 1 && !isIgnored(child as Element)) {
          const inner = records.get(child as Element);
          if (inner !== undefined) nested.push(inner);
          else {
            if (BLOCK.has((child as Element).localName)) own.push(' ');
            collect(child as Element);
          }
        }
      }
    };
    collect(el);
    out.push({ kind: 'cut', record, text: collapse(own.join('')) });
    // Nested records, each drawn once, from their own elements.
    for (const inner of nested) {
      const innerEl = [...records].find(([, i]) => i === inner)?.[0];
      if (innerEl) cutRow(innerEl, inner);
    }
  };

  const leftOutWhy = (text: string): string =>
    title !== '' && squeeze(text) !== '' && title.includes(squeeze(text))
      ? 'headline, shown as the title'
      : 'not in the clean text';

  if (doc.body) walk(doc.body, '', false);
  if (pendingLabel !== null) add('kept', '', '', false);
  flush();

  const placed = new Set(records.values());
  const emptyCuts: number[] = [];
  const unplaced: number[] = [];
  result.removed.forEach((record, i) => {
    if (placed.has(i)) return;
    if (isEmptyRecord(doc, record)) emptyCuts.push(i);
    else unplaced.push(i);
  });
  return { rows: mergeLeftOut(root), clean: cleanBlocks(result, parse), emptyCuts, unplaced };
}

/** A landmark with no kept text is one collapsed row; one with kept text stays open, row by row. */
function asRegion(name: string, rows: Row[], result: CleanResult): Row[] {
  if (rows.length === 0) return [];
  if (rows.some((r) => r.kind === 'kept')) return rows;
  const text = rows.map(rowText).join(' ');
  const reasons = [
    ...new Set(
      rows.flatMap((r) => (r.kind === 'cut' ? [result.removed[r.record]?.reason ?? ''] : [])).filter(Boolean),
    ),
  ];
  const n = countWords(text);
  const label =
    `${name} · ${n.toLocaleString('en')} word${n === 1 ? '' : 's'} · ` +
    (reasons.length > 0 ? `cut by ${reasons.join(', ')}` : 'not in the clean text');
  return [{ kind: 'region', label, words: n, rows }];
}

/** Every row that is not a region, in order (regions opened). */
export function flattenRows(rows: readonly Row[]): Exclude<Row, { kind: 'region' }>[] {
  return rows.flatMap((r) => (r.kind === 'region' ? flattenRows(r.rows) : [r]));
}

function rowText(row: Row): string {
  return row.kind === 'region' ? row.rows.map(rowText).join(' ') : row.text;
}

/** Runs of three or more left-out rows (menus made of divs, hidden dialogs) collapse into one group. */
function mergeLeftOut(rows: Row[]): Row[] {
  const out: Row[] = [];
  let run: Row[] = [];
  const end = (): void => {
    if (run.length >= 3) {
      const n = countWords(run.map(rowText).join(' '));
      out.push({
        kind: 'region',
        label: `Not in the clean text · ${n.toLocaleString('en')} word${n === 1 ? '' : 's'}`,
        words: n,
        rows: run,
      });
    } else out.push(...run);
    run = [];
  };
  for (const row of rows) {
    if (row.kind === 'left-out') run.push(row);
    else {
      end();
      out.push(row);
    }
  }
  end();
  return out;
}
