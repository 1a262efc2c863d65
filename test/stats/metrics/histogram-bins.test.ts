import { describe, expect, it } from 'vitest';
import { histogramBins } from '../../../src/stats/metrics/histogram-bins.ts';

describe('histogramBins (numpy.histogram_bin_edges + numpy.digitize, as SDMetrics Column Pair Trends)', () => {
  it('uses 10 equal-width bins; the maximum and missing land in code 11', () => {
    const { edges, codes } = histogramBins(Float64Array.from([0, 0.5, 1, 9.99, 10, Number.NaN, 3]));
    expect(Array.from(edges)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(Array.from(codes)).toEqual([1, 1, 2, 10, 11, 11, 4]);
  });

  it('uses linspace arithmetic e_k = k * step + min (e.g. 3 * 1.6 = 4.800000000000001)', () => {
    const { edges } = histogramBins(Float64Array.from([0, 16]));
    expect(edges[3]).toBe(4.800000000000001);
    expect(edges[10]).toBe(16);
  });

  it('widens a constant column to [min - 0.5, max + 0.5]', () => {
    const { edges, codes } = histogramBins(Float64Array.from([5, 5]));
    expect(edges[0]).toBe(4.5);
    expect(edges[10]).toBe(5.5);
    // 5 = 4.5 + 5 * 0.1 is edge 5, so digitize gives 6
    expect(Array.from(codes)).toEqual([6, 6]);
  });

  it('uses [0, 1] when nothing is present', () => {
    const { edges, codes } = histogramBins(Float64Array.from([Number.NaN]));
    expect([edges[0], edges[10]]).toEqual([0, 1]);
    expect(Array.from(codes)).toEqual([11]);
  });
});
