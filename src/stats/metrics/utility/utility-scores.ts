import { jsonScore as score, type Score } from '../json-score.ts';
import { accuracy } from './accuracy.ts';
import { f1Score, macroF1 } from './f1-score.ts';
import { rSquared } from './r-squared.ts';
import { rocAuc } from './roc-auc.ts';
import type { UtilityTask } from './utility-target.ts';

/** The scores each task reports, in report order. */
export const UTILITY_METRICS = {
  binary: ['f1', 'rocAuc'],
  multiclass: ['macroF1', 'accuracy'],
  regression: ['r2'],
} as const satisfies Record<UtilityTask, readonly string[]>;

export type UtilityMetric = (typeof UTILITY_METRICS)[UtilityTask][number];
export type UtilityScores = Partial<Record<UtilityMetric, Score>>;

export interface ScoreOptions {
  readonly task: UtilityTask;
  /** Labels of the test rows: 0/1 (1 = positive), class indexes, or numbers. */
  readonly truth: Float64Array;
  /** The learner's output for the test rows (see Learner.fitPredict). */
  readonly predictions: Float64Array;
  /** Multiclass: how many probabilities each row has. */
  readonly classes: number;
}

/**
 * Binary: F1 of the positive class and ROC AUC, predicting positive when
 * P(positive) > 0.5 (scikit-learn's predict takes the argmax, ties going to
 * the negative class). Multiclass: macro F1 and accuracy of the most probable
 * class (ties to the lower index, as argmax). Regression: R².
 */
export function utilityScores({ task, truth, predictions, classes }: ScoreOptions): UtilityScores {
  if (task === 'regression') return { r2: score(rSquared(truth, predictions)) };
  if (task === 'binary') {
    const predicted = predictions.map((p) => (p > 0.5 ? 1 : 0));
    return { f1: score(f1Score(truth, predicted, 1)), rocAuc: score(rocAuc(truth, predictions)) };
  }
  const predicted = new Float64Array(truth.length);
  for (let i = 0; i < truth.length; i++) {
    let best = 0;
    for (let k = 1; k < classes; k++) if (predictions[i * classes + k] > predictions[i * classes + best]) best = k;
    predicted[i] = best;
  }
  return { macroF1: score(macroF1(truth, predicted)), accuracy: score(accuracy(truth, predicted)) };
}

/** Every score null: nothing was trained (no training row with a target). */
export function noScores(task: UtilityTask): UtilityScores {
  return Object.fromEntries(UTILITY_METRICS[task].map((m) => [m, null]));
}
