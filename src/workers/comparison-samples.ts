import type { Dataset } from '../stats/dataset.ts';
import { seededSample } from '../stats/metrics/seeded-sample.ts';
import { pickRows } from '../stats/pick-rows.ts';

/** The most rows a side of the report's ceiling and floor comparisons scores. */
export const COMPARISON_ROWS = 50_000;

/** `rows` of `of` rows: a seeded random sample when rows < of. */
export interface SampleSize {
  readonly rows: number;
  readonly of: number;
}

/** What the ceiling and floor were scored on (ComparisonSamples), for the report's note. */
export interface ComparisonSampleSizes {
  readonly seed: number;
  /** Training rows both comparisons score against. */
  readonly training: SampleSize;
  /** Holdout rows scored as the ceiling; null without a holdout. */
  readonly holdout: SampleSize | null;
  /** Baseline rows drawn for the floor, of the synthetic row count it stands in for. */
  readonly baseline: SampleSize;
}

/**
 * The rows the ceiling (holdout vs training) and the floor (baseline vs
 * training) compare: at most `limit` training rows and `limit` holdout rows,
 * each a seeded random sample (seededSample, from `seed` and seed + 1), and a
 * baseline of at most `limit` rows. Both comparisons share the one training
 * sample, so what is derived from it is computed once (memoByArray in the
 * metrics), and their cost stays bounded at any file size.
 */
export function comparisonSamples(options: { training: Dataset; holdout: Dataset | null; syntheticRows: number; seed: number; limit?: number }): {
  training: Dataset;
  holdout: Dataset | null;
  baselineRows: number;
  sizes: ComparisonSampleSizes;
} {
  const { training, holdout, syntheticRows, seed, limit = COMPARISON_ROWS } = options;
  const sample = (dataset: Dataset, salt: number): Dataset =>
    dataset.rowCount <= limit ? dataset : pickRows(dataset, seededSample(dataset.rowCount, limit, seed + salt));
  const trainingSample = sample(training, 0);
  const holdoutSample = holdout && sample(holdout, 1);
  const baselineRows = Math.min(syntheticRows, limit);
  return {
    training: trainingSample,
    holdout: holdoutSample,
    baselineRows,
    sizes: {
      seed,
      training: { rows: trainingSample.rowCount, of: training.rowCount },
      holdout: holdout && holdoutSample ? { rows: holdoutSample.rowCount, of: holdout.rowCount } : null,
      baseline: { rows: baselineRows, of: syntheticRows },
    },
  };
}
