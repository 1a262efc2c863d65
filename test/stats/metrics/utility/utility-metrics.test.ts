import { describe, expect, it } from 'vitest';
import { accuracy } from '../../../../src/stats/metrics/utility/accuracy.ts';
import { f1Score, macroF1 } from '../../../../src/stats/metrics/utility/f1-score.ts';
import { rSquared } from '../../../../src/stats/metrics/utility/r-squared.ts';
import { rocAuc } from '../../../../src/stats/metrics/utility/roc-auc.ts';

// Expected numbers are worked out by hand (shown) or with scipy; none come from the code under test.
describe('f1Score (scikit-learn f1_score, pos_label)', () => {
  it('2·TP / (2·TP + FP + FN)', () => {
    // TP at 0, 2, 6; FN at 1; FP at 3 -> 6 / (6 + 1 + 1)
    expect(f1Score([1, 1, 1, 0, 0, 0, 1, 0], [1, 0, 1, 1, 0, 0, 1, 0], 1)).toBe(0.75);
  });
  it('is 0 when the class is neither true nor predicted (zero_division)', () => {
    expect(f1Score([0, 0], [0, 0], 1)).toBe(0);
  });
  it('is 0 when the positive class is never predicted', () => {
    expect(f1Score([1, 0, 1], [0, 0, 0], 1)).toBe(0);
  });
  it('is NaN for no rows', () => {
    expect(f1Score([], [], 1)).toBeNaN();
  });
});

describe('macroF1 (f1_score average="macro", labels from truth and predictions)', () => {
  it('averages the per-class F1', () => {
    // class 0: TP 2, FP 1, FN 1 -> 2/3; class 1: TP 1, FP 1, FN 1 -> 1/2; class 2: TP 3, FP 1, FN 1 -> 3/4; mean 23/36
    const truth = [0, 0, 0, 1, 1, 2, 2, 2, 2];
    const predicted = [0, 1, 0, 1, 2, 2, 2, 0, 2];
    expect(macroF1(truth, predicted)).toBeCloseTo(23 / 36, 15);
  });
  it('counts a class that is only predicted, with F1 0', () => {
    // class 0: 2/3, class 1: 1, class 2 (predicted once, never true): 0 -> 5/9
    expect(macroF1([0, 0, 1, 1], [0, 2, 1, 1])).toBeCloseTo(5 / 9, 15);
  });
  it('leaves out a class that occurs nowhere', () => {
    expect(macroF1([0, 1], [0, 1])).toBe(1);
  });
});

describe('accuracy', () => {
  it('is the share of right predictions', () => {
    expect(accuracy([0, 0, 0, 1, 1, 2, 2, 2, 2], [0, 1, 0, 1, 2, 2, 2, 0, 2])).toBeCloseTo(6 / 9, 15);
    expect(accuracy([], [])).toBeNaN();
  });
});

describe('rocAuc (Mann–Whitney U / (n+ · n−), ties counting half)', () => {
  it('counts tied pairs as half', () => {
    // positives 0.9, 0.8, 0.5, 0.7 vs negatives 0.8, 0.3, 0.5, 0.1: 4 + 3.5 + 2.5 + 3 = 13 of 16 pairs
    expect(rocAuc([1, 0, 1, 0, 1, 0, 0, 1], [0.9, 0.8, 0.8, 0.3, 0.5, 0.5, 0.1, 0.7])).toBe(13 / 16);
  });
  it('matches scipy.stats.mannwhitneyu on many ties', () => {
    // numpy default_rng(7): 24 rows, scores rounded to one decimal; scipy U / (12 · 12) = 0.9270833333333334
    const positive = [1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0];
    const scores = [0.4, 0.5, 0.6, 0.6, 0.8, 0.7, 0.6, 0.5, 0.1, 0.1, 0.3, 0.3, 0.3, 0.3, 0.2, 0.8, 0.3, 0.6, 0.2, 0.1, 0.3, 0.1, 0.3, 0.1];
    expect(rocAuc(positive, scores)).toBeCloseTo(0.9270833333333334, 15);
  });
  it('is 1 for a perfect ranking, 0 for a reversed one and 0.5 for constant scores', () => {
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.2, 0.3, 0.4])).toBe(1);
    expect(rocAuc([1, 1, 0, 0], [0.1, 0.2, 0.3, 0.4])).toBe(0);
    expect(rocAuc([1, 0, 1, 0], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
  });
  it('is NaN when a class is absent', () => {
    expect(rocAuc([1, 1], [0.2, 0.3])).toBeNaN();
    expect(rocAuc([], [])).toBeNaN();
  });
});

describe('rSquared (scikit-learn r2_score)', () => {
  it('is 1 − SS_res / SS_tot', () => {
    // scikit-learn's r2_score docstring example: SS_res 1.5, SS_tot 29.1875
    expect(rSquared([3, -0.5, 2, 7], [2.5, 0, 2, 8])).toBeCloseTo(0.9486081370449679, 15);
  });
  it('is negative when worse than predicting the mean', () => {
    // mean 2, SS_tot 2, SS_res (1-3)² + (3-1)² = 8 -> 1 - 4
    expect(rSquared([1, 3], [3, 1])).toBe(-3);
  });
  it('for a constant truth: 1 if exact, else 0 (force_finite)', () => {
    expect(rSquared([2, 2, 2], [2, 2, 2])).toBe(1);
    expect(rSquared([2, 2, 2], [2, 2, 3])).toBe(0);
  });
});
