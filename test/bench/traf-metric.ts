/**
 * trafilatura's evaluation metric (tests/evaluate.py in the trafilatura repository): each `with` snippet of the
 * main text found in the output is a true positive, else a false negative; each `without` snippet of boilerplate
 * found is a false positive. Counts are summed over all pages (micro-average), so a page with many snippets
 * weighs more than one with few.
 */

export interface TrafCase {
  with: readonly string[];
  without: readonly string[];
}

export interface TrafPageScore {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  /** The `with` snippets the output lacks. */
  missed: string[];
  /** The `without` snippets the output contains. */
  leaked: string[];
}

export interface TrafSummary {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  pages: number;
}

/**
 * Python's `str.isspace()` characters, which `' '.join(text.split())` collapses. JavaScript's `\s` differs: it
 * lacks the information separators U+001C–U+001F and U+0085, and has U+FEFF, which Python keeps as text.
 */
// eslint-disable-next-line no-control-regex -- U+001C–U+001F are whitespace to Python, so they must be here.
const PY_SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** Every run of whitespace becomes one space, then the ends are trimmed (Python's `' '.join(s.split())`). */
export function normaliseWhitespace(text: string): string {
  return text.replace(PY_SPACE, ' ').replace(/^ | $/g, '');
}

/** One page. An empty output (a crash, or nothing kept) finds nothing: all `with` missed, no `without` leaked. */
export function scoreTrafPage(output: string, page: TrafCase): TrafPageScore {
  const text = normaliseWhitespace(output);
  const found = (snippet: string): boolean => {
    const needle = normaliseWhitespace(snippet);
    // As in Python, an empty snippet is in any text; but an empty output (trafilatura's None) finds nothing.
    return text !== '' && text.includes(needle);
  };
  const missed = page.with.filter((snippet) => !found(snippet));
  const leaked = page.without.filter((snippet) => found(snippet));
  return {
    tp: page.with.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    tn: page.without.length - leaked.length,
    missed,
    leaked,
  };
}

/** Micro-averaged precision, recall and F1 = 2TP / (2TP + FP + FN). NaN where a denominator is zero. */
export function aggregateTraf(pages: readonly TrafPageScore[]): TrafSummary {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const page of pages) {
    tp += page.tp;
    fp += page.fp;
    fn += page.fn;
    tn += page.tn;
  }
  const ratio = (num: number, den: number): number => (den === 0 ? Number.NaN : num / den);
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    tp,
    fp,
    fn,
    tn,
    pages: pages.length,
  };
}
