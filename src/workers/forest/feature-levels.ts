import type { FeatureMatrix } from '../../stats/metrics/utility/learner.ts';
import { levelOf, quantileCuts } from './quantile-cuts.ts';

/**
 * The feature matrix as the forest's trees see it: every value replaced by its
 * level (0, 1, …) under cut points fitted on the training rows, missing (NaN)
 * by MISSING_LEVEL. A tree compares a feature with a threshold, and NaN
 * compares false with everything (ml-cart would also sort it anywhere), so
 * missing needs a number; one below every level lets a single split set the
 * missing rows apart, or keep them with the smallest values, whichever fits
 * the labels better. Few levels also keep ml-cart's split search short.
 */
export function fitFeatureCuts(matrix: FeatureMatrix, options: { readonly rows: Uint32Array; readonly maxLevels: number }): Float64Array[] {
  const { rows, maxLevels } = options;
  return Array.from({ length: matrix.columns }, (_, c) =>
    quantileCuts(
      Float64Array.from(rows, (r) => matrix.values[r * matrix.columns + c]),
      maxLevels,
    ),
  );
}

/** The rows `rows` of `matrix` (all rows when absent) as arrays of levels under `cuts`, in the order given. */
export function levelRows(matrix: FeatureMatrix, options: { readonly cuts: readonly Float64Array[]; readonly rows?: ArrayLike<number> }): number[][] {
  const { cuts } = options;
  const rows = options.rows ?? Uint32Array.from({ length: matrix.rows }, (_, r) => r);
  return Array.from(rows, (r) => cuts.map((columnCuts, c) => levelOf(columnCuts, matrix.values[r * matrix.columns + c])));
}
