import { describe, expect, it } from 'vitest';
import { pagePrecision, pageRecall, scorePage, shingles, summarize, tokenize } from '../../bench/aeb-score';

describe('AEB tokens and shingles', () => {
  it('splits on anything that is not a Unicode letter, digit or underscore', () => {
    expect(tokenize('Zürich’s café, 2019: naïve_x — don\'t!')).toEqual(['Zürich', 's', 'café', '2019', 'naïve_x', 'don', 't']);
    expect(tokenize('東京 Ελλάδα')).toEqual(['東京', 'Ελλάδα']);
    expect(tokenize('')).toEqual([]);
    expect(tokenize(null)).toEqual([]);
  });

  it('counts 4-token shingles as a multiset', () => {
    const counts = shingles('a b c d a b c d');
    expect(counts.get('a b c d')).toBe(2);
    expect(counts.get('b c d a')).toBe(1);
    expect([...counts.values()].reduce((x, y) => x + y, 0)).toBe(5);
  });

  it('gives a short text one shingle of all its tokens, and an empty text none', () => {
    expect([...shingles('two words').entries()]).toEqual([['two words', 1]]);
    expect(shingles('  ...  ').size).toBe(0);
  });
});

describe('AEB per-page score', () => {
  it('scores an exact answer as all matched', () => {
    const score = scorePage('The cat sat on the mat today.', '  The cat sat, on the mat today!');
    expect(score).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('is case-sensitive, as the benchmark is', () => {
    expect(scorePage('One two three four', 'one two three four').tp).toBe(0);
  });

  it('normalises tp, fp and fn by their sum', () => {
    // Truth has shingles "a b c d" and "b c d e"; the answer only the first.
    const score = scorePage('a b c d e', 'a b c d');
    expect(score.tp).toBeCloseTo(0.5);
    expect(score.fn).toBeCloseTo(0.5);
    expect(score.fp).toBe(0);
    expect(pagePrecision(score)).toBe(1);
    expect(pageRecall(score)).toBeCloseTo(0.5);
  });

  it('counts a repeated shingle only as often as the truth has it', () => {
    const score = scorePage('w x y z', 'w x y z. w x y z');
    // Answer shingles: "w x y z" x2, "x y z w", "y z w x", "z w x y": one matched, four extra.
    expect(score.tp).toBeCloseTo(1 / 5);
    expect(score.fp).toBeCloseTo(4 / 5);
  });

  it('treats empty against empty as perfect and an empty answer as zero', () => {
    const none = scorePage('', '');
    expect(pagePrecision(none)).toBe(1);
    expect(pageRecall(none)).toBe(1);
    const missed = scorePage('some real article text here', '');
    expect(pagePrecision(missed)).toBe(0);
    expect(pageRecall(missed)).toBe(0);
  });
});

describe('AEB summary', () => {
  it('averages precision and recall over pages, then takes their harmonic mean', () => {
    // Page 1: P 1, R 0.5. Page 2: P 0.5, R 1. Mean P = mean R = 0.75, so F1 0.75 (a mean of page F1s would be 0.667).
    const page1 = scorePage('a b c d e', 'a b c d');
    const page2 = scorePage('a b c d', 'a b c d e');
    const summary = summarize([page1, page2]);
    expect(summary.pages).toBe(2);
    expect(summary.precision).toBeCloseTo(0.75);
    expect(summary.recall).toBeCloseTo(0.75);
    expect(summary.f1).toBeCloseTo(0.75);
  });

  it('reports zeros for no pages', () => {
    expect(summarize([])).toEqual({ pages: 0, precision: 0, recall: 0, f1: 0 });
  });
});
