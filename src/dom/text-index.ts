/**
 * Per-pass caches over one subtree that is not modified while they live: each element's text, its words, the
 * results of querySelectorAll, and link statistics gathered in one walk over the anchors. Rules and heuristics
 * all read the same tree, so each measure is taken once instead of once per rule.
 *
 * One walk over the subtree (on first need) lists its elements and every element's raw text, built bottom-up:
 * asking each element for its `textContent` walks its subtree again, once per level of nesting. Selectors that
 * are only tag names (`p, div, li`), `*` or attribute presence (`[class]`) are answered from that list; on
 * linkedom each querySelectorAll is a full tree walk through a selector engine, and most heuristics ask for
 * such plain lists.
 */
import type { SelectorKey } from '../rules/selector-key';
import { namesOf } from './name-tokens';
import { isOneOf, type TagNames } from './tags';
import { normalizedText } from './text';

interface LinkStats {
  count: number;
  chars: number;
  words: number;
}

export class TextIndex {
  private readonly texts = new Map<Element, string>();
  private readonly wordCounts = new Map<Element, number>();
  private readonly queries = new Map<string, Element[]>();
  private linkStats: Map<Element, LinkStats> | null = null;
  private readonly testMemo = new Map<(text: string) => boolean, Map<string, boolean>>();
  private tree: SubtreeWalk | null = null;
  private distinct: DistinctTexts | null = null;
  private carried: { class: Set<string>; id: Set<string> } | null = null;
  private readonly attributes = new Map<string, (string | null)[]>();
  private readonly distinctAttributes = new Map<string, DistinctTexts>();
  private readonly nameStrings = new Map<Element, string>();
  private namesRead = false;
  private readonly namesMemo = new Map<(names: string) => boolean, Map<string, boolean>>();
  private readonly closestMemo = new Map<TagNames, Map<Element, Element | null>>();

  /**
   * @param queryRoot where selectors are run from. The page stage passes the document: jsdom's element-scoped
   *   querySelectorAll misses `body > … :nth-of-type(n)` paths (the kind "Keep this" writes), the document's
   *   does not. Results are limited to the subtree of `root` either way.
   */
  constructor(
    readonly root: Element,
    private readonly queryRoot: Document | Element = root,
  ) {}

  /** Text with white space folded, trimmed. */
  text(el: Element): string {
    // The same text as normalizedText, kept in the walk's own record; an element outside the subtree (an
    // enclosing cell) is read directly.
    const folded = this.walk().folded.get(el);
    if (folded !== undefined) return trimmed(folded);
    let text = this.texts.get(el);
    if (text === undefined) {
      text = normalizedText(el);
      this.texts.set(el, text);
    }
    return text;
  }

  /** Words, counted as runs between spaces of the folded text: cheap, and all the thresholds need. */
  words(el: Element): number {
    let words = this.wordCounts.get(el);
    if (words === undefined) {
      const folded = this.walk().folded.get(el);
      if (folded !== undefined) {
        // Counted from the walk's spaces, without reading (or flattening) the text: the spaces of the trimmed text.
        const lead = folded.lead ? 1 : 0;
        const trail = folded.trail ? 1 : 0;
        words = folded.text.length - lead - trail <= 0 ? 0 : 1 + folded.spaces - lead - trail;
      } else {
        const text = this.text(el);
        words = text === '' ? 0 : 1;
        for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) words++;
      }
      this.wordCounts.set(el, words);
    }
    return words;
  }

  /**
   * `test(text)` for the element's text, remembered per distinct text: wrappers that hold nothing but one
   * child share its text, so a page has far fewer distinct texts than elements.
   */
  matches(test: (text: string) => boolean, el: Element): boolean {
    let memo = this.testMemo.get(test);
    if (!memo) {
      memo = new Map();
      this.testMemo.set(test, memo);
    }
    const text = this.text(el);
    let result = memo.get(text);
    if (result === undefined) {
      result = test(text);
      memo.set(text, result);
    }
    return result;
  }

  /**
   * The element's class and id in one string (`namesOf`), read from the DOM once per pass: half a dozen
   * heuristics judge elements by their names, and on linkedom each read of `class` goes through a token list.
   */
  names(el: Element): string {
    let names = this.nameStrings.get(el);
    if (names === undefined && !this.namesRead) {
      // The subtree's names all at once, from the values `carries` reads: no second DOM read per element.
      this.namesRead = true;
      const { elements } = this.walk();
      const classes = this.attributeValues('class');
      const ids = this.attributeValues('id');
      for (let i = 0; i < elements.length; i++) {
        const c = classes[i] ?? null;
        const id = ids[i] ?? null;
        this.nameStrings.set(
          elements[i] as Element,
          c === null && id === null ? ' ' : `${c ?? ''} ${id ?? ''}`,
        );
      }
      names = this.nameStrings.get(el);
    }
    if (names === undefined) {
      // The root, or an element outside the subtree.
      names = namesOf(el);
      this.nameStrings.set(el, names);
    }
    return names;
  }

  /**
   * `closestTag(el, names)`: the element itself or its nearest ancestor with one of the names, remembered for every
   * element the climb passed, so that the heuristics asking it of each block of a deep page climb each chain once.
   * `names` is a module-level set, so that its answers are found again.
   */
  closest(el: Element, names: TagNames): Element | null {
    let memo = this.closestMemo.get(names);
    if (!memo) {
      memo = new Map();
      this.closestMemo.set(names, memo);
    }
    const climbed: Element[] = [];
    let found: Element | null = null;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const known = memo.get(cur);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (isOneOf(cur, names)) {
        found = cur;
        memo.set(cur, cur);
        break;
      }
      climbed.push(cur);
    }
    for (const up of climbed) memo.set(up, found);
    return found;
  }

  /**
   * `test(names)` for the element's class-and-id string, remembered per distinct string: a page repeats the same
   * class list on many elements. `test` is a module-level function, so that its results are found again.
   */
  namesPass(test: (names: string) => boolean, el: Element): boolean {
    let memo = this.namesMemo.get(test);
    if (!memo) {
      memo = new Map();
      this.namesMemo.set(test, memo);
    }
    const names = this.names(el);
    let result = memo.get(names);
    if (result === undefined) {
      result = test(names);
      memo.set(names, result);
    }
    return result;
  }

  /**
   * The elements whose text `test` accepts. For the whole subtree (a rule such as `*:has-text(/^Share$/)`),
   * each distinct text is tested once and, when none passes (most rules on most pages), no element is visited.
   */
  filterByText(elements: Element[], test: (text: string) => boolean, tick: () => void): Element[] {
    if (elements !== this.queries.get('*')) {
      return elements.filter((el) => {
        tick();
        return this.matches(test, el);
      });
    }
    const { texts, idOf } = this.distinctTexts();
    const accepted = new Uint8Array(texts.length);
    let any = false;
    for (let id = 0; id < texts.length; id++) {
      tick();
      if (test(texts[id] as string)) {
        accepted[id] = 1;
        any = true;
      }
    }
    return any ? elements.filter((_, i) => accepted[idOf[i] as number] === 1) : [];
  }

  /** The subtree's distinct texts, and for each element (in `all('*')` order) the number of its text. */
  private distinctTexts(): DistinctTexts {
    if (!this.distinct) {
      const numbers = new Map<string, number>();
      const { elements } = this.walk();
      const idOf = new Int32Array(elements.length);
      elements.forEach((el, i) => {
        const text = this.text(el);
        let id = numbers.get(text);
        if (id === undefined) {
          id = numbers.size;
          numbers.set(text, id);
        }
        idOf[i] = id;
      });
      this.distinct = { texts: Array.from(numbers.keys()), idOf };
    }
    return this.distinct;
  }

  /**
   * Whether an element of the subtree (the root excluded, as in querySelectorAll) has the class or id, in
   * lower case: when none has, a selector that needs it matches nothing here.
   */
  carries(key: SelectorKey): boolean {
    if (!this.carried) {
      this.carried = { class: new Set(), id: new Set() };
      // The values `byAttribute` reads too: each attribute is read from the DOM once per pass.
      for (const id of this.attributeValues('id')) if (id) this.carried.id.add(id.toLowerCase());
      // Pages repeat the same class list on many elements: each distinct list is split once.
      const seen = new Set<string>();
      for (const classes of this.attributeValues('class')) {
        if (!classes || seen.has(classes)) continue;
        seen.add(classes);
        for (const name of classes.toLowerCase().split(/[\t\n\f\r ]+/)) this.carried.class.add(name);
      }
    }
    return this.carried[key.kind].has(key.name);
  }

  /** `root.querySelectorAll(css)`, once per selector. */
  all(css: string): Element[] {
    let found = this.queries.get(css);
    if (!found) {
      found =
        this.fromWalk(css) ??
        this.notTags(css) ??
        this.byAttribute(css) ??
        this.queryFromQueryRoot(css) ??
        Array.from(this.root.querySelectorAll(css));
      this.queries.set(css, found);
    }
    return found;
  }

  /** The subtree's elements for a list of tag names, `*` and `[attribute]`; null for any other selector. */
  private fromWalk(css: string): Element[] | null {
    if (!SIMPLE_LIST.test(css)) return null;
    const tags = new Set<string>();
    const attributes: string[] = [];
    let any = false;
    for (const item of css.split(',')) {
      const name = item.trim().toLowerCase();
      if (name === '*') any = true;
      else if (name.startsWith('[')) attributes.push(name.slice(1, -1).trim());
      else tags.add(name);
    }
    const { elements } = this.walk();
    if (any) return elements.slice();
    // Plain loops over each attribute's values, read once per pass (`attributeValues`): a closure per element and
    // a DOM read per element and attribute were garbage that jsdom's large heap makes slow to collect.
    const present = attributes.map((attribute) => this.attributeValues(attribute));
    const found: Element[] = [];
    for (let i = 0; i < elements.length; i++) {
      const el = elements[i] as Element;
      if (tags.has(el.localName) || hasAny(present, i)) found.push(el);
    }
    return found;
  }

  /**
   * The subtree's elements but those with the given tag names, for `*:not(figcaption)` (a built-in text rule's
   * base); null for any other selector. Run through a selector engine, it tested every element of the page:
   * 0.1 s on a 5 MB page on either DOM.
   */
  private notTags(css: string): Element[] | null {
    const list = NOT_TAGS.exec(css)?.[1];
    if (list === undefined) return null;
    const names = new Set(list.split(',').map((name) => name.trim()));
    return this.walk().elements.filter((el) => !names.has(el.localName));
  }

  /** Whether `all(css)` is answered from the walk, without running a selector engine over the page. */
  answersFromWalk(css: string): boolean {
    return SIMPLE_LIST.test(css) || NOT_TAGS.test(css) || ATTRIBUTE_SELECTOR.test(css);
  }

  /**
   * The subtree's elements for one attribute selector on `id`, `class`, `role`, or an `aria-` or `data-`
   * attribute with a quoted value (`[id^="taboola"]`, `[class*="author-bio"]`, `[aria-label="Breadcrumb"]`); null
   * for any other selector. These are most of the plain rules, and both DOMs' selector engines test every element
   * of the page for each: jsdom took 40 ms per such selector on a 5 MB page. Values compare case-sensitively, as
   * linkedom's engine and jsdom's nwsapi compare them (none of these attributes is among HTML's case-insensitive
   * ones, and quirks mode changes only `.class` and `#id` selectors). jsdom's other engine, which it falls back to
   * for a selector list nwsapi cannot run (one holding `:has()`), ignores case in HTML documents; a rule's hits
   * were always the elements its own selector `matches`, which nwsapi answers case-sensitively, so a rule
   * answered here finds what it found in the joined query.
   */
  private byAttribute(css: string): Element[] | null {
    const parts = ATTRIBUTE_SELECTOR.exec(css);
    if (!parts) return null;
    const [, name = '', operator, double, single] = parts;
    const value = double ?? single ?? '';
    const test = ATTRIBUTE_TESTS[operator as keyof typeof ATTRIBUTE_TESTS];
    const { elements } = this.walk();
    // Each distinct value is tested once (a page repeats the same class list on many elements), and when none
    // passes (most rules on most pages) no element is visited.
    const { texts: values, idOf } = this.distinctValues(name);
    const accepted = new Uint8Array(values.length);
    let any = false;
    for (let id = 0; id < values.length; id++) {
      if (test(values[id] as string, value)) {
        accepted[id] = 1;
        any = true;
      }
    }
    if (!any) return [];
    const found: Element[] = [];
    for (let i = 0; i < elements.length; i++) {
      const id = idOf[i] as number;
      if (id >= 0 && accepted[id] === 1) found.push(elements[i] as Element);
    }
    return found;
  }

  /** The attribute's distinct values, and for each walked element the number of its value (-1 for none). */
  private distinctValues(name: string): DistinctTexts {
    let distinct = this.distinctAttributes.get(name);
    if (!distinct) {
      const numbers = new Map<string, number>();
      const values = this.attributeValues(name);
      const idOf = new Int32Array(values.length);
      for (let i = 0; i < values.length; i++) {
        const actual = values[i];
        if (actual === null || actual === undefined) {
          idOf[i] = -1;
          continue;
        }
        let id = numbers.get(actual);
        if (id === undefined) {
          id = numbers.size;
          numbers.set(actual, id);
        }
        idOf[i] = id;
      }
      distinct = { texts: Array.from(numbers.keys()), idOf };
      this.distinctAttributes.set(name, distinct);
    }
    return distinct;
  }

  /** Each walked element's value of the attribute (parallel to the walk's elements), read once per pass. */
  private attributeValues(name: string): (string | null)[] {
    let values = this.attributes.get(name);
    if (!values) {
      values = this.walk().elements.map((el) => el.getAttribute(name));
      this.attributes.set(name, values);
    }
    return values;
  }

  private walk(): SubtreeWalk {
    this.tree ??= walkSubtree(this.root);
    return this.tree;
  }

  /** null when the query root is the root itself, or cannot run the query (linkedom on some cloned pages). */
  private queryFromQueryRoot(css: string): Element[] | null {
    if (this.queryRoot === this.root) return null;
    let found: Element[];
    try {
      found = Array.from(this.queryRoot.querySelectorAll(css));
    } catch {
      return null;
    }
    return found.filter((el) => el !== this.root && this.root.contains(el));
  }

  /** Links inside `el` (itself included): how many, and their characters and words. */
  links(el: Element): LinkStats {
    if (!this.linkStats) {
      this.linkStats = new Map();
      for (const a of this.all('a')) {
        const chars = this.text(a).length;
        const words = this.words(a);
        if (chars === 0) continue;
        for (let cur: Element | null = a; cur; cur = cur.parentElement) {
          const stats = this.linkStats.get(cur) ?? { count: 0, chars: 0, words: 0 };
          stats.count++;
          stats.chars += chars;
          stats.words += words;
          this.linkStats.set(cur, stats);
          if (cur === this.root) break;
        }
      }
    }
    return this.linkStats.get(el) ?? { count: 0, chars: 0, words: 0 };
  }

  /** Share of the element's text inside links. */
  linkDensity(el: Element): number {
    const total = this.text(el).length;
    return total === 0 ? 0 : Math.min(1, this.links(el).chars / total);
  }
}

/** Whether the element at `i` of the walk has one of the attributes (given as their values in walk order). */
function hasAny(present: readonly (readonly (string | null)[])[], i: number): boolean {
  for (const values of present) if (values[i] !== null) return true;
  return false;
}

/** `p, div`, `*`, `[class], [id]`: type selectors, the universal selector and attribute presence, comma-joined. */
const SIMPLE_LIST =
  /^\s*(\*|[a-z][a-z0-9]*|\[\s*[a-z][-a-z0-9_]*\s*\])(\s*,\s*(\*|[a-z][a-z0-9]*|\[\s*[a-z][-a-z0-9_]*\s*\]))*\s*$/i;

/**
 * `*:not(a, b)` (or `:not(a)`) with lower-case tag names: an element matches unless its name is one of them. Lower
 * case only, as HTML's parser stores names: a type selector in another case matches HTML elements but not
 * foreign (SVG) ones, which a plain comparison would not say.
 */
const NOT_TAGS = /^\s*\*?:not\(\s*([a-z][a-z0-9]*(?:\s*,\s*[a-z][a-z0-9]*)*)\s*\)\s*$/;

/**
 * `[name op "value"]` with a non-empty value free of quotes, backslashes and line breaks, on `id`, `class`,
 * `role` or a lower-case `aria-` or `data-` attribute (names as HTML's parser stores them), with `=`, `^=`, `$=`,
 * `*=`, or `~=` and a value without white space: what `byAttribute` answers exactly as a selector engine would.
 */
const ATTRIBUTE_SELECTOR =
  /^\s*\[\s*(id|class|role|aria-[a-z]+|data-[a-z0-9_-]+)\s*(=|\^=|\$=|\*=|~=)\s*(?:"([^"'\\\n\r\f]+)"|'([^"'\\\n\r\f]+)')\s*\]\s*$/;

const ATTRIBUTE_TESTS = {
  '=': (actual: string, value: string): boolean => actual === value,
  '^=': (actual: string, value: string): boolean => actual.startsWith(value),
  '$=': (actual: string, value: string): boolean => actual.endsWith(value),
  '*=': (actual: string, value: string): boolean => actual.includes(value),
  // A word of a white-space separated list; a value holding white space matches nothing.
  '~=': (actual: string, value: string): boolean =>
    !/[\t\n\f\r ]/.test(value) && actual.split(/[\t\n\f\r ]+/).includes(value),
};

interface DistinctTexts {
  texts: string[];
  /** Parallel to the walk's elements: the index of each element's text in `texts`. */
  idOf: Int32Array;
}

interface SubtreeWalk {
  /** The root's descendant elements in document order (the root itself not included, as in querySelectorAll). */
  elements: Element[];
  /** Each element's folded text (the root's included). */
  folded: Map<Element, FoldedText>;
}

/**
 * An element's `textContent` with every run of white space folded to one space, not yet trimmed: what
 * `normalizedText` gives before its `trim()`. Folded texts are built bottom-up from the text nodes, each folded
 * once, so folding costs one pass over the page's text instead of a regex over every element's whole text
 * (a pass over the text once per level of nesting, which was most of the rules' time on a page).
 */
interface FoldedText {
  text: string;
  /** Whether `text` starts (ends) with its folded space; kept apart so a rope is never read to find out. */
  lead: boolean;
  trail: boolean;
  /** How many spaces `text` holds (the folded runs of white space), its lead and trail included. */
  spaces: number;
  /** `text` trimmed, made on first need (and shared by wrappers whose text is their only child's). */
  trimmed: string | null;
}

const NO_TEXT: FoldedText = { text: '', lead: false, trail: false, spaces: 0, trimmed: '' };
/** White space alone, folded: shared by every such text node (and by the elements holding only one). */
const ONE_SPACE: FoldedText = { text: ' ', lead: true, trail: true, spaces: 1, trimmed: '' };
const ALL_SPACE = /^\s+$/;

function trimmed(folded: FoldedText): string {
  folded.trimmed ??= folded.text.slice(folded.lead ? 1 : 0, folded.trail ? -1 : folded.text.length);
  return folded.trimmed;
}

/**
 * One element's folded text while its children are read. Concatenating folded pieces folds the text too, once
 * a space that meets another across the joint is dropped: white space that spans two text nodes is one run.
 */
class FoldingText {
  private text = '';
  private lead = false;
  private trail = false;
  private spaces = 0;
  /** The child whose folded text is all of this one's so far, if any: its object is shared, not copied. */
  private only: FoldedText | null = null;

  add(piece: FoldedText): void {
    if (piece.text === '') return;
    if (this.text === '') {
      this.text = piece.text;
      this.lead = piece.lead;
      this.trail = piece.trail;
      this.spaces = piece.spaces;
      this.only = piece;
      return;
    }
    const joined = this.trail && piece.lead;
    const text = joined ? piece.text.slice(1) : piece.text;
    if (text === '') return;
    this.text += text;
    this.trail = piece.trail;
    this.spaces += joined ? piece.spaces - 1 : piece.spaces;
    this.only = null;
  }

  /** Empty again, for the next element at the same depth. */
  reset(): void {
    this.text = '';
    this.lead = false;
    this.trail = false;
    this.spaces = 0;
    this.only = null;
  }

  done(): FoldedText {
    if (this.only) return this.only;
    if (this.text === '') return NO_TEXT;
    return { text: this.text, lead: this.lead, trail: this.trail, spaces: this.spaces, trimmed: null };
  }
}

/** A text node's data folded as `normalizedText` folds it. */
function foldText(data: string): FoldedText {
  if (data === '') return NO_TEXT;
  // Most of a page's text nodes are the markup's indentation: one shared space, without a regex replace.
  if (ALL_SPACE.test(data)) return ONE_SPACE;
  const text = data.replace(/\s+/g, ' ');
  let spaces = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) spaces++;
  return {
    text,
    lead: text.charCodeAt(0) === 32,
    trail: text.charCodeAt(text.length - 1) === 32,
    spaces,
    trimmed: null,
  };
}

/** One iterative walk (page nesting can be deep): elements in document order, and texts built from the leaves. */
function walkSubtree(root: Element): SubtreeWalk {
  const elements: Element[] = [];
  const folded = new Map<Element, FoldedText>();
  // One level a depth, reused by every element met at that depth: no objects made per element for the walk.
  const levels: Level[] = [{ el: root, text: new FoldingText(), next: root.firstChild }];
  let depth = 0;
  while (depth >= 0) {
    const top = levels[depth] as Level;
    const node = top.next;
    if (node === null) {
      const text = top.text.done();
      folded.set(top.el, text);
      depth--;
      if (depth >= 0) (levels[depth] as Level).text.add(text);
      continue;
    }
    top.next = node.nextSibling;
    // Text and CDATA sections count, as in textContent; comments and processing instructions do not.
    if (node.nodeType === 3 || node.nodeType === 4) top.text.add(foldText(node.nodeValue ?? ''));
    else if (node.nodeType === 1) {
      elements.push(node as Element);
      depth++;
      const level = levels[depth];
      if (level) {
        level.el = node as Element;
        level.next = node.firstChild;
        level.text.reset();
      } else levels.push({ el: node as Element, text: new FoldingText(), next: node.firstChild });
    }
  }
  return { elements, folded };
}

interface Level {
  el: Element;
  text: FoldingText;
  next: Node | null;
}
