import { describe, expect, it } from 'vitest';
import { seededSample } from '../../../src/stats/metrics/seeded-sample.ts';

describe('seededSample', () => {
  it('takes every row at or under the size', () => {
    expect(Array.from(seededSample(3, 5, 1))).toEqual([0, 1, 2]);
    expect(Array.from(seededSample(3, 3, 1))).toEqual([0, 1, 2]);
  });

  it('takes `size` distinct rows in file order, the same for the same seed', () => {
    const a = seededSample(100_000, 5000, 42);
    expect(a.length).toBe(5000);
    expect(new Set(a).size).toBe(5000);
    for (let i = 1; i < a.length; i++) expect(a[i]).toBeGreaterThan(a[i - 1]);
    expect(seededSample(100_000, 5000, 42)).toEqual(a);
    expect(seededSample(100_000, 5000, 43)).not.toEqual(a);
  });

  it('gives every row about the same chance (not evenly spaced, not the first rows)', () => {
    const counts = new Array<number>(10).fill(0);
    for (let seed = 0; seed < 3000; seed++) for (const r of seededSample(10, 3, seed)) counts[r]++;
    // 900 expected each; binomial sd about 25
    for (const c of counts) expect(Math.abs(c - 900)).toBeLessThan(125);
  });
});
