import { describe, expect, it } from 'vitest';
import { columnPairTrends } from '../../../src/stats/metrics/column-pair-trends.ts';
import { makeDataset } from './make-dataset.ts';

describe('columnPairTrends thresholds (SDMetrics >= 0.27.0)', () => {
  // Real r: a|b = 11 / sqrt(130) ~ 0.96 ; a|c = 0 ; b|c = 1 / sqrt(26) ~ 0.2
  const real = makeDataset([
    { name: 'a', kind: 'numeric', values: [1, 2, 3, 4] },
    { name: 'b', kind: 'numeric', values: [2, 4, 5, 9] },
    { name: 'c', kind: 'numeric', values: [1, 0, 0, 1] },
    { name: 'id', kind: 'identifier', values: ['1', '2', '3', '4'] },
  ]);
  const synthetic = makeDataset([
    { name: 'a', kind: 'numeric', values: [1, 2, 3, 4] },
    { name: 'b', kind: 'numeric', values: [9, 5, 4, 2] },
    { name: 'c', kind: 'numeric', values: [1, 0, 0, 1] },
    { name: 'id', kind: 'identifier', values: ['9', '8', '7', '6'] },
  ]);
  const trends = columnPairTrends(real, synthetic);

  it('skips identifier columns and keeps schema order', () => {
    expect(trends.pairs.map((p) => `${p.column1}|${p.column2}`)).toEqual(['a|b', 'a|c', 'b|c']);
  });

  it('leaves pairs with |r_real| <= 0.5 out of the score but not out of the score without threshold', () => {
    const r = 11 / Math.sqrt(130);
    const [ab, ac] = trends.pairs;
    expect(ab.meetsThreshold).toBe(true);
    expect(ab.score).toBeCloseTo(1 - r, 14);
    // a, c: Sxy = -1.5 + 0 + 0 + 1.5 = 0 -> r = 0 in both -> 1 without threshold, excluded with it
    expect(ac.meetsThreshold).toBe(false);
    expect(ac.score).toBeNaN();
    expect(ac.scoreWithoutThreshold).toBeCloseTo(1, 14);
    expect(trends.score).toBeCloseTo(1 - r, 14);
    const bc = trends.pairs[2];
    expect(trends.scoreWithoutThreshold).toBeCloseTo((ab.scoreWithoutThreshold + 1 + bc.scoreWithoutThreshold) / 3, 14);
  });

  it('reports no bin edges when there is no discrete column', () => {
    expect(trends.binEdges).toEqual({});
  });
});
