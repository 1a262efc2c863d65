import { describe, expect, it } from 'vitest';
import { samplingError } from '../../../../src/stats/metrics/disclosure-risk/sampling-error.ts';

describe('samplingError (standard error of a sampled mean, finite-population corrected)', () => {
  it('is 0 when the sample is every row: the score is exact', () => {
    expect(samplingError([0, 1, 0.5], 3)).toBe(0);
  });

  it('is sd / sqrt(n) times sqrt(1 - n/N)', () => {
    // values 0,1,0,1: mean 0.5, sample sd sqrt(1/3); n = 4 of N = 100.
    expect(samplingError([0, 1, 0, 1], 100)).toBeCloseTo((Math.sqrt(1 / 3) / 2) * Math.sqrt(0.96), 12);
  });

  it('covers the all-rows mean about as stated: a stride sample of 2,000 of 20,000 shares', () => {
    const all = Float64Array.from({ length: 20000 }, (_, i) => ((i * 7919) % 13 < 6 ? 1 : 0));
    const exact = all.reduce((s, v) => s + v, 0) / all.length;
    const sample = Float64Array.from({ length: 2000 }, (_, k) => all[Math.floor((k * 20000) / 2000) + (k % 10)]);
    const estimate = sample.reduce((s, v) => s + v, 0) / sample.length;
    const error = samplingError(sample, all.length);
    expect(error).toBeGreaterThan(0);
    expect(Math.abs(estimate - exact)).toBeLessThan(1.96 * error);
  });
});
