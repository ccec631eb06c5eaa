import { describe, expect, it } from 'vitest';
import {
  aggregate,
  mean,
  pageF1,
  precisionScore,
  recallScore,
  shingleMatch,
  shingles,
  tokenize,
  tokensEqual,
} from '../bench/metric';
import { diffPage } from '../bench/page-diff';

// Expected tokens below were produced by CPython 3.11 `re.findall(r'\w+', s)`.
describe('tokenize (Python re \\w semantics)', () => {
  it('splits on punctuation and keeps case, digits and underscores', () => {
    expect(tokenize("Hello, world! it's 2024_x")).toEqual(['Hello', 'world', 'it', 's', '2024_x']);
  });

  it('splits on combining marks, which Python does not count as word characters', () => {
    expect(tokenize('नमस्ते दुनिया')).toEqual(['नमस', 'त', 'द', 'न', 'य']);
    expect(tokenize('cafe\u0301 naïve')).toEqual(['cafe', 'naïve']);
  });

  it('keeps other numbers and CJK, and only the underscore among connectors', () => {
    expect(tokenize('a‿b a_b x²½ 中文 Ⅻ')).toEqual(['a', 'b', 'a_b', 'x²½', '中文', 'Ⅻ']);
  });

  it('gives no tokens for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' — … ! ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('gives none for no tokens', () => {
    expect(shingles([])).toEqual([]);
  });

  it('gives one shorter shingle below four tokens', () => {
    expect(shingles(['a'])).toEqual(['a']);
    expect(shingles(['a', 'b', 'c'])).toEqual(['a b c']);
  });

  it('gives every run of four', () => {
    expect(shingles(['a', 'b', 'c', 'd'])).toEqual(['a b c d']);
    expect(shingles(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['a b c d', 'b c d e', 'c d e f']);
  });
});

describe('shingleMatch and page scores', () => {
  it('scores a perfect page 1/1', () => {
    const c = shingleMatch('One two three four five.', 'One, two three four five');
    expect(c).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(precisionScore(c)).toBe(1);
    expect(recallScore(c)).toBe(1);
  });

  it('scores two empty texts 1/1 with all counts zero', () => {
    const c = shingleMatch('', '');
    expect(c).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(precisionScore(c)).toBe(1);
    expect(recallScore(c)).toBe(1);
  });

  it('scores an empty prediction 0/0 (tp = fp = 0)', () => {
    const c = shingleMatch('a b c d e', '');
    // truth shingles: abcd, bcde → fn = 2 → normalised 1
    expect(c).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(precisionScore(c)).toBe(0);
    expect(recallScore(c)).toBe(0);
  });

  it('scores a prediction for an empty truth 0/0 (tp = fn = 0)', () => {
    const c = shingleMatch('', 'a b c');
    expect(c).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(precisionScore(c)).toBe(0);
    expect(recallScore(c)).toBe(0);
  });

  it('normalises tp/fp/fn by their sum', () => {
    // truth: abcd bcde cdef; prediction: abcd bcde cdex dexy → tp 2, fp 2, fn 1 of 5
    const c = shingleMatch('a b c d e f', 'a b c d e x y');
    expect(c.tp).toBeCloseTo(0.4, 15);
    expect(c.fp).toBeCloseTo(0.4, 15);
    expect(c.fn).toBeCloseTo(0.2, 15);
    expect(precisionScore(c)).toBeCloseTo(0.5, 15);
    expect(recallScore(c)).toBeCloseTo(2 / 3, 15);
    expect(pageF1(c)).toBeCloseTo(4 / 7, 15);
  });

  it('counts shingles as a multiset', () => {
    // truth: abcd ×2, bcda, cdab, dabc; prediction: abcd ×1 → tp 1, fn 4
    const c = shingleMatch('a b c d a b c d', 'a b c d');
    expect(c.tp).toBeCloseTo(0.2, 15);
    expect(c.fn).toBeCloseTo(0.8, 15);
    expect(precisionScore(c)).toBe(1);
    expect(recallScore(c)).toBeCloseTo(0.2, 15);
  });

  it('compares short texts as a single whole shingle, case kept', () => {
    const c = shingleMatch('one two', 'one two three');
    expect(c).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
    expect(precisionScore(c)).toBe(0);
    expect(recallScore(c)).toBe(0);
    expect(shingleMatch('one two', 'One two')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
    expect(pageF1({ tp: 0, fp: 0.5, fn: 0.5 })).toBe(0);
  });
});

describe('aggregate', () => {
  it('averages precision over pages with tp + fp > 0 and recall over pages with tp + fn > 0', () => {
    const page = (truth: string, pred: string) => ({
      counts: shingleMatch(truth, pred),
      exact: tokensEqual(tokenize(truth), tokenize(pred)),
    });
    const summary = aggregate([
      page('a b c d e f', 'a b c d e x y'), // P 1/2, R 2/3
      page('a b c d e', ''), // no precision; R 0
      page('', 'a b c'), // P 0; no recall
      page('', ''), // in neither mean; exact
      page('Hello, world', 'Hello world!'), // P 1, R 1; exact
    ]);
    expect(summary.precisionPages).toBe(3);
    expect(summary.recallPages).toBe(3);
    expect(summary.precision).toBeCloseTo(0.5, 15); // (1/2 + 0 + 1) / 3
    expect(summary.recall).toBeCloseTo(5 / 9, 15); // (2/3 + 0 + 1) / 3
    expect(summary.f1).toBeCloseTo(10 / 19, 15); // 2 · 1/2 · 5/9 / (1/2 + 5/9)
    expect(summary.accuracy).toBeCloseTo(2 / 5, 15);
    expect(summary.pages).toBe(5);
  });

  it('is NaN, not a crash, when no page predicted anything', () => {
    const summary = aggregate([{ counts: shingleMatch('a b', ''), exact: false }]);
    expect(summary.precision).toBeNaN();
    expect(summary.recall).toBe(0);
  });
});

describe('mean', () => {
  it('sums exactly like Python statistics.mean', () => {
    // Naive (0.1 + 0.2 + 0.3) / 3 is 0.20000000000000004; Python gives 0.2.
    expect(mean([0.1, 0.2, 0.3])).toBe(0.2);
    expect(mean([1e16, 1, -1e16])).toBe(1 / 3);
    expect(mean([-0.1, -0.2, -0.3])).toBe(-0.2);
    expect(mean([1 / 3, 2 / 3, 0.7])).toBe(0.5666666666666667);
  });

  it('is NaN for no values', () => {
    expect(mean([])).toBeNaN();
  });
});

describe('diffPage', () => {
  it('groups unmatched shingles into runs of prediction and truth tokens', () => {
    // prediction shingles: abcd bcde cdex dexy → cdex, dexy unmatched → tokens 2..6
    // truth shingles: abcd bcde cdef → cdef unmatched → tokens 2..5
    expect(diffPage('a b c d e f', 'a b c d e x y')).toEqual({
      extra: [{ start: 2, tokens: ['c', 'd', 'e', 'x', 'y'] }],
      missed: [{ start: 2, tokens: ['c', 'd', 'e', 'f'] }],
    });
  });

  it('treats only the surplus occurrences of a repeated shingle as unmatched', () => {
    const diff = diffPage('a b c d', 'a b c d x a b c d');
    // prediction shingles: abcd bcdx cdxa dxab xabc abcd → the second abcd is surplus, so positions 1..5
    expect(diff.extra).toEqual([{ start: 1, tokens: ['b', 'c', 'd', 'x', 'a', 'b', 'c', 'd'] }]);
    expect(diff.missed).toEqual([]);
  });

  it('merges runs whose tokens overlap across one matched shingle', () => {
    // prediction shingles 0..5: p q r s | q r s t | r s t u | s t u v | t u v w | u v w z; truth has only "r s t u"
    const diff = diffPage('r s t u', 'p q r s t u v w z');
    expect(diff.extra).toEqual([{ start: 0, tokens: ['p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'z'] }]);
    expect(diff.missed).toEqual([]);
  });

  it('reports the whole truth as missed when nothing was kept', () => {
    expect(diffPage('one two three', '')).toEqual({
      extra: [],
      missed: [{ start: 0, tokens: ['one', 'two', 'three'] }],
    });
  });
});
