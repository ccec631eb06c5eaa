/**
 * Footnotes as pages write them, found once per serialised tree so the Markdown (GFM `[^1]` and `[^1]: …`)
 * and the plain text (`[1]`) number them alike. A reference is a short link to an anchor on the page that
 * sits in a `<sup>` or says what it is (`role="doc-noteref"`, a `footnote-ref` class, Wikipedia's
 * `#cite_note-…`); its note is the list item it points at (or an element marked `doc-endnote`/`doc-footnote`).
 * Notes are numbered in the order they are first referred to. Links inside a note back to its reference
 * ("↩", Wikipedia's "^") are the page's navigation and are left out.
 */
const REF_CLASS = /(?:^|[\s_-])(footnote-?ref|noteref|fn-?ref|footnote-link)(?:$|[\s_-])/i;
const NOTE_ROLE = /^doc-(endnote|footnote)$/;
const BACK_TEXT = /^(?:[\s↩↑^⤴]|\uFE0E|\uFE0F)+$/u;
const MAX_REF_CHARS = 8;

export interface Footnotes {
  /** The label of a reference (the `<sup>` around the link, or the link), or null. */
  refLabel(el: Element): string | null;
  /** The label of a note (its list item), or null. */
  noteLabel(el: Element): string | null;
  /** A link (or Wikipedia's back-link span) inside a note that leads back to a reference. */
  isBacklink(el: Element): boolean;
  /** A list made only of notes: its items are written as definitions, not as a numbered list. */
  isNoteList(el: Element): boolean;
}

const NONE: Footnotes = {
  refLabel: () => null,
  noteLabel: () => null,
  isBacklink: () => false,
  isNoteList: () => false,
};

export function findFootnotes(root: Element | Document): Footnotes {
  const links = Array.from(root.querySelectorAll('a[href^="#"]'));
  if (links.length === 0) return NONE;
  const byId = new Map<string, Element>();
  for (const el of Array.from(root.querySelectorAll('[id]'))) {
    const id = el.getAttribute('id');
    if (id && !byId.has(id)) byId.set(id, el);
  }
  const refs = new Map<Element, string>();
  const notes = new Map<Element, string>();
  const refTargets = new Set<Element>();
  for (const link of links) {
    const id = anchorId(link);
    const target = id === null ? undefined : byId.get(id);
    if (!target || !looksLikeRef(link, id ?? '')) continue;
    const note = noteOf(target);
    if (!note || note.contains(link)) continue;
    let label = notes.get(note);
    if (label === undefined) {
      label = String(notes.size + 1);
      notes.set(note, label);
    }
    const sup = link.parentElement?.localName === 'sup' ? link.parentElement : null;
    const ref = sup && sup.textContent?.trim() === link.textContent?.trim() ? sup : link;
    refs.set(ref, label);
    refTargets.add(ref).add(link);
  }
  if (notes.size === 0) return NONE;
  const isBacklink = (el: Element): boolean => {
    if (/(?:^|\s)mw-cite-backlink(?:\s|$)/.test(el.getAttribute('class') ?? '')) return true;
    if (el.localName !== 'a' || !insideNote(el, notes)) return false;
    const target = byId.get(anchorId(el) ?? '');
    if (
      target &&
      Array.from(refTargets).some((ref) => ref === target || ref.contains(target) || target.contains(ref))
    )
      return true;
    return BACK_TEXT.test(el.textContent ?? '');
  };
  return {
    refLabel: (el) => refs.get(el) ?? null,
    noteLabel: (el) => notes.get(el) ?? null,
    isBacklink,
    isNoteList: (el) =>
      (el.localName === 'ol' || el.localName === 'ul') &&
      el.children.length > 0 &&
      Array.from(el.children).every((li) => notes.has(li)),
  };
}

function anchorId(link: Element): string | null {
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#') || href.length < 2) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

function looksLikeRef(link: Element, id: string): boolean {
  const text = (link.textContent ?? '').trim();
  if (text === '' || text.length > MAX_REF_CHARS) return false;
  return (
    link.closest('sup') !== null ||
    link.getAttribute('role') === 'doc-noteref' ||
    REF_CLASS.test(link.getAttribute('class') ?? '') ||
    /^cite_note/.test(id)
  );
}

function noteOf(target: Element): Element | null {
  if (NOTE_ROLE.test(target.getAttribute('role') ?? '')) return target;
  return target.localName === 'li' ? target : target.closest('li');
}

function insideNote(el: Element, notes: Map<Element, string>): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (notes.has(up)) return true;
  return false;
}
