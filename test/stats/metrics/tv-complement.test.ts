import { describe, expect, it } from 'vitest';
import type { CategoricalColumn } from '../../../src/stats/column.ts';
import { tvComplement } from '../../../src/stats/metrics/tv-complement.ts';
import { makeDataset } from './make-dataset.ts';

const cat = (values: (string | null)[]) => makeDataset([{ name: 'c', kind: 'categorical', values }]).columns[0] as CategoricalColumn;

describe('tvComplement (SDMetrics TVComplement)', () => {
  it('compares categories by value although the dictionaries differ, and drops missing', () => {
    // real A:2/3 B:1/3 ; synthetic B first so its codes differ: A:2/3 B:1/3
    expect(tvComplement(cat(['A', 'A', null, 'B']), cat(['B', 'A', 'A', null, null]))).toBeCloseTo(1, 15);
    // real A:1/2 B:1/2 vs synthetic A:1/4 B:3/4 -> 1 - 0.5 * (0.25 + 0.25)
    expect(tvComplement(cat(['A', 'B']), cat(['B', 'B', 'A', 'B']))).toBeCloseTo(0.75, 15);
  });

  it('gives a synthetic-only category a 1e-6 pseudo-count that enters the real denominator', () => {
    const total = 3 + 1e-6;
    const variation = Math.abs(0.25 - 2 / total) + Math.abs(0.5 - 1 / total) + Math.abs(0.25 - 1e-6 / total);
    const score = tvComplement(cat(['A', 'A', 'B', null]), cat(['A', 'B', 'B', 'C']));
    expect(score).toBeCloseTo(1 - 0.5 * variation, 15);
    // Without the pseudo-count in the denominator the score would differ by ~1e-7.
    expect(Math.abs(score - (1 - 0.5 * (Math.abs(0.25 - 2 / 3) + Math.abs(0.5 - 1 / 3) + 0.25)))).toBeGreaterThan(1e-8);
  });

  it('is NaN when synthetic has no value', () => {
    expect(tvComplement(cat(['A']), cat([null]))).toBeNaN();
  });
});
