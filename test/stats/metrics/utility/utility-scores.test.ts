import { describe, expect, it } from 'vitest';
import { utilityScores } from '../../../../src/stats/metrics/utility/utility-scores.ts';

describe('utilityScores', () => {
  it('binary: positive only above 0.5, ROC AUC from the probabilities', () => {
    // Predicted classes 1, 0 (0.5 is not above), 0, 1 -> TP 1, FN 1, FP 1: F1 2/4. AUC: positives 0.9, 0.5 vs
    // negatives 0.2, 0.7: 0.9 beats both (2), 0.5 beats 0.2 (1) -> 3 of 4.
    const scores = utilityScores({ task: 'binary', truth: Float64Array.of(1, 1, 0, 0), predictions: Float64Array.of(0.9, 0.5, 0.2, 0.7), classes: 2 });
    expect(scores).toEqual({ f1: 0.5, rocAuc: 0.75 });
  });

  it('multiclass: the most probable class, ties to the lower index', () => {
    const predictions = Float64Array.of(0.2, 0.5, 0.3, /* */ 0.4, 0.4, 0.2, /* */ 0.1, 0.1, 0.8);
    // Predicted 1, 0, 2 against truth 1, 1, 2: accuracy 2/3; F1 class 0: 0, class 1: 2/3, class 2: 1.
    const scores = utilityScores({ task: 'multiclass', truth: Float64Array.of(1, 1, 2), predictions, classes: 3 });
    expect(scores.accuracy).toBeCloseTo(2 / 3, 15);
    expect(scores.macroF1).toBeCloseTo(5 / 9, 15);
  });

  it('regression: R²; a NaN score is null', () => {
    expect(utilityScores({ task: 'regression', truth: Float64Array.of(1, 3), predictions: Float64Array.of(3, 1), classes: 0 })).toEqual({ r2: -3 });
    expect(utilityScores({ task: 'binary', truth: Float64Array.of(1, 1), predictions: Float64Array.of(0.6, 0.4), classes: 2 }).rocAuc).toBeNull();
  });
});
