import type { NumericColumn } from '../column.ts';
import { isConstant } from './is-constant.ts';
import { pearsonCorrelation } from './pearson-correlation.ts';

export interface CorrelationSimilarityResult {
  /** 1 - |r_real - r_synthetic| / 2; NaN when either correlation is undefined. */
  readonly score: number;
  readonly realCorrelation: number;
  readonly syntheticCorrelation: number;
}

export interface CorrelationPair {
  readonly real: readonly [NumericColumn, NumericColumn];
  readonly synthetic: readonly [NumericColumn, NumericColumn];
}

/**
 * SDMetrics CorrelationSimilarity (Pearson, 0.29.0): compares the real and the
 * synthetic Pearson r of a numeric pair. A column that is constant in real or
 * synthetic makes SDMetrics raise, and the report scores the pair NaN.
 */
export function correlationSimilarity({ real, synthetic }: CorrelationPair): CorrelationSimilarityResult {
  const realCorrelation = pearsonCorrelation(real[0].values, real[1].values);
  const syntheticCorrelation = pearsonCorrelation(synthetic[0].values, synthetic[1].values);
  const constant = [...real, ...synthetic].some((c) => isConstant(c.values));
  const score = constant ? Number.NaN : 1 - Math.abs(realCorrelation - syntheticCorrelation) / 2;
  return { score, realCorrelation, syntheticCorrelation };
}
