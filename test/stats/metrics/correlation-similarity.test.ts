import { describe, expect, it } from 'vitest';
import type { NumericColumn } from '../../../src/stats/column.ts';
import { correlationSimilarity } from '../../../src/stats/metrics/correlation-similarity.ts';
import { pearsonCorrelation } from '../../../src/stats/metrics/pearson-correlation.ts';

const col = (values: (number | null)[]): NumericColumn => ({
  type: 'numeric',
  name: 'x',
  values: Float64Array.from(values, (v) => v ?? Number.NaN),
});
// x = 1..4, y = 2,4,5,9: Sxy = 11, Sxx = 5, Syy = 26 -> r = 11 / sqrt(130)
const R = 11 / Math.sqrt(130);

describe('pearsonCorrelation', () => {
  it('matches the hand-computed r on pairwise-complete rows', () => {
    expect(pearsonCorrelation(col([1, 2, 3, 4]).values, col([2, 4, 5, 9]).values)).toBeCloseTo(R, 14);
    // rows with a missing value on either side are left out
    expect(pearsonCorrelation(col([1, 2, null, 3, 4, 7]).values, col([2, 4, 100, 5, 9, null]).values)).toBeCloseTo(R, 14);
  });

  it('keeps precision on datetime-sized values (ms since epoch)', () => {
    const base = 1.7e12;
    expect(pearsonCorrelation(col([1, 2, 3, 4].map((v) => base + v * 1000)).values, col([2, 4, 5, 9]).values)).toBeCloseTo(R, 9);
  });

  it('is NaN for a constant column or fewer than two rows', () => {
    expect(pearsonCorrelation(col([1, 1, 1]).values, col([1, 2, 3]).values)).toBeNaN();
    expect(pearsonCorrelation(col([1, null]).values, col([1, 2]).values)).toBeNaN();
  });
});

describe('correlationSimilarity (SDMetrics CorrelationSimilarity)', () => {
  it('is 1 - |r_real - r_syn| / 2', () => {
    const result = correlationSimilarity({
      real: [col([1, 2, 3, 4]), col([2, 4, 5, 9])],
      synthetic: [col([1, 2, 3, 4]), col([-2, -4, -5, -9])],
    });
    expect(result.realCorrelation).toBeCloseTo(R, 14);
    expect(result.syntheticCorrelation).toBeCloseTo(-R, 14);
    expect(result.score).toBeCloseTo(1 - R, 14);
  });

  it('is NaN when a column is constant in synthetic', () => {
    const result = correlationSimilarity({ real: [col([1, 2, 3]), col([1, 3, 2])], synthetic: [col([5, 5, 5]), col([1, 2, 3])] });
    expect(result.score).toBeNaN();
    expect(result.realCorrelation).toBeCloseTo(0.5, 14);
  });
});
