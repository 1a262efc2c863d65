/**
 * The port a machine-learning library plugs into for the utility metrics
 * (train on synthetic, test on real). The metrics stay pure; an adapter for a
 * concrete library (src/cli/xgboost-learner.ts) lives where its loader can.
 */

/** Rows × columns, row-major; NaN is a missing value the learner must handle. */
export interface FeatureMatrix {
  readonly rows: number;
  readonly columns: number;
  readonly values: Float64Array;
}

/** What to learn. Labels are 0/1 (1 = positive), class indexes 0…classes−1, or numbers. */
export type LearnerTask = { readonly kind: 'binary' } | { readonly kind: 'multiclass'; readonly classes: number } | { readonly kind: 'regression' };

export interface FitPredictOptions {
  readonly task: LearnerTask;
  readonly train: FeatureMatrix;
  /** One label per training row. */
  readonly labels: Float64Array;
  readonly test: FeatureMatrix;
}

export interface Learner {
  /** For reports: the model, its settings and the library. */
  readonly name: string;
  /**
   * The most training rows the learner fits on: given more, it draws this
   * many itself (a seeded sample, so still deterministic). Absent: all rows.
   */
  readonly maxTrainingRows?: number;
  /**
   * Fits on `train` and predicts every `test` row: binary, P(label 1) per row;
   * multiclass, `classes` probabilities per row (row-major); regression, the
   * value. Must be deterministic for the same input.
   */
  fitPredict(options: FitPredictOptions): Promise<Float64Array>;
}
