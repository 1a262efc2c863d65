import { describe, expect, it } from 'vitest';
import { contingencySimilarity } from '../../../src/stats/metrics/contingency-similarity.ts';
import { cramersV } from '../../../src/stats/metrics/cramers-v.ts';

const u32 = (xs: number[]) => Uint32Array.from(xs);

describe('cramersV (no Yates correction)', () => {
  it('matches the hand-computed 2x2 value |ad - bc| / sqrt(r1 r2 c1 c2)', () => {
    // [[10, 20], [30, 40]]: |400 - 600| / sqrt(30 * 70 * 40 * 60)
    expect(cramersV(Float64Array.from([10, 20, 30, 40]), 2)).toBeCloseTo(200 / Math.sqrt(30 * 70 * 40 * 60), 14);
  });

  it('uses min(r, c) - 1 on a 2x3 table and ignores all-zero rows and columns', () => {
    // [[5, 0, 5], [0, 10, 0]]: n = 20; E = [[2.5, 5, 2.5], [2.5, 5, 2.5]];
    // chi2 = 2.5 + 5 + 2.5 + 2.5 + 5 + 2.5 = 20 -> V = sqrt(20 / (20 * 1)) = 1
    expect(cramersV(Float64Array.from([5, 0, 5, 0, 10, 0]), 3)).toBeCloseTo(1, 14);
    // the same table with an empty extra row and column
    expect(cramersV(Float64Array.from([5, 0, 5, 0, 0, 10, 0, 0, 0, 0, 0, 0]), 4)).toBeCloseTo(1, 14);
  });

  it('is NaN with fewer than two occurring rows', () => {
    expect(cramersV(Float64Array.from([3, 4, 0, 0]), 2)).toBeNaN();
  });
});

describe('contingencySimilarity (SDMetrics ContingencySimilarity)', () => {
  it('is 1 - TVD of the joint frequencies, each side over its own row count', () => {
    // real: (1,1) x2, (2,2) x2 ; synthetic: each of the four cells once
    const result = contingencySimilarity({
      real: { first: u32([1, 1, 2, 2]), second: u32([1, 1, 2, 2]) },
      synthetic: { first: u32([1, 1, 2, 2]), second: u32([1, 2, 1, 2]) },
      sizes: [3, 3],
    });
    expect(result.score).toBeCloseTo(0.5, 15);
    expect(result.realAssociation).toBeCloseTo(1, 14);
  });

  it('counts missing (code 0) as a key of its own and handles unequal row counts', () => {
    // real: (0,1), (1,1) ; synthetic: (1,1) x3, (0,1) -> |1/2 - 1/4| + |1/2 - 3/4| = 0.5
    const result = contingencySimilarity({
      real: { first: u32([0, 1]), second: u32([1, 1]) },
      synthetic: { first: u32([1, 1, 1, 0]), second: u32([1, 1, 1, 1]) },
      sizes: [2, 2],
    });
    expect(result.score).toBeCloseTo(0.75, 15);
  });
});
