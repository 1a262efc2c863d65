import { countJointCodes } from '../count-codes.ts';
import { cramersV } from './cramers-v.ts';

/** Two discrete columns of one dataset, coded into code spaces shared with the other dataset. */
export interface CodedPair {
  readonly first: Uint32Array;
  readonly second: Uint32Array;
}

export interface ContingencyOptions {
  readonly real: CodedPair;
  readonly synthetic: CodedPair;
  /** Code-space sizes of the first and second column. */
  readonly sizes: readonly [number, number];
}

export interface ContingencySimilarityResult {
  /** 1 - TVD between the joint relative frequencies. */
  readonly score: number;
  /** Cramér's V of the real table (the QualityReport threshold statistic). */
  readonly realAssociation: number;
  /** Cramér's V of the synthetic table, for the report to show beside the real one. */
  readonly syntheticAssociation: number;
}

/**
 * SDMetrics ContingencySimilarity (0.29.0): joint relative frequencies over
 * (value1, value2) keys, missing being a key of its own (groupby dropna=False),
 * each normalised by its own row count; score = 1 - 0.5 * sum |p_real - p_syn|
 * over the union of keys (cells absent from both add 0).
 */
export function contingencySimilarity({ real, synthetic, sizes }: ContingencyOptions): ContingencySimilarityResult {
  const [firstSize, secondSize] = sizes;
  const realCounts = countJointCodes({ ...real, firstSize, secondSize });
  const synCounts = countJointCodes({ ...synthetic, firstSize, secondSize });
  const nReal = real.first.length;
  const nSyn = synthetic.first.length;
  let variation = 0;
  for (let k = 0; k < realCounts.length; k++) {
    if (realCounts[k] === 0 && synCounts[k] === 0) continue;
    variation += Math.abs(realCounts[k] / nReal - synCounts[k] / nSyn);
  }
  const score = nReal === 0 || nSyn === 0 ? Number.NaN : 1 - 0.5 * variation;
  return { score, realAssociation: cramersV(realCounts, secondSize), syntheticAssociation: cramersV(synCounts, secondSize) };
}
