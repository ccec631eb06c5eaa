/**
 * Per-pass caches over one subtree that is not modified while they live: each element's text, its words, the
 * results of querySelectorAll, and link statistics gathered in one walk over the anchors. Rules and heuristics
 * all read the same tree, so each measure is taken once instead of once per rule.
 */
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
      const text = this.text(el);
      words = text === '' ? 0 : 1;
      for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) words++;
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

  /** `root.querySelectorAll(css)`, once per selector. */
  all(css: string): Element[] {
    let found = this.queries.get(css);
    if (!found) {
      found = this.queryFromQueryRoot(css) ?? Array.from(this.root.querySelectorAll(css));
      this.queries.set(css, found);
    }
    return found;
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
