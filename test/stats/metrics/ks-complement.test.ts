import { describe, expect, it } from 'vitest';
import { ksComplement } from '../../../src/stats/metrics/ks-complement.ts';
import { ksStatistic } from '../../../src/stats/metrics/ks-statistic.ts';
import { makeDataset } from './make-dataset.ts';

const f64 = (xs: number[]) => Float64Array.from(xs);
const numeric = (values: (number | null)[]) => {
  const column = makeDataset([{ name: 'x', kind: 'numeric', values }]).columns[0];
  if (column.type !== 'numeric') throw new Error('expected numeric');
  return column;
};

describe('ksStatistic (pooled right-continuous ECDFs, as scipy ks_2samp)', () => {
  it.each([
    // ECDF gaps at 1,2,3,4,5: 1/3, 2/3-1/4, 1-2/4, 1-3/4, 0 -> 0.5
    { a: [1, 2, 3], b: [2, 3, 4, 5], d: 0.5 },
    // ties: at 1: 2/3 - 1/3, at 2: 1 - 1 -> 1/3
    { a: [1, 1, 2], b: [1, 2, 2], d: 1 / 3 },
    { a: [1, 2], b: [3, 4], d: 1 },
    { a: [1, 2, 3], b: [1, 2, 3], d: 0 },
  ])('$a vs $b -> $d', ({ a, b, d }) => {
    expect(ksStatistic(f64(a), f64(b))).toBeCloseTo(d, 15);
    expect(ksStatistic(f64(b), f64(a))).toBeCloseTo(d, 15);
  });

  it('is NaN for an empty sample', () => {
    expect(ksStatistic(f64([]), f64([1]))).toBeNaN();
  });
});

describe('ksComplement (SDMetrics KSComplement)', () => {
  it('drops missing values on each side and returns 1 - D', () => {
    expect(ksComplement(numeric([1, null, 2, 3]), numeric([2, 3, null, 4, 5]))).toBeCloseTo(0.5, 15);
  });

  it('rounds to 14 decimals, so float noise is not a difference', () => {
    // The control: unrounded, the two samples share no value, so they are as far apart as can be.
    expect(ksStatistic(f64([0.1 + 0.2]), f64([0.3]))).toBe(1);
    expect(ksComplement(numeric([0.1 + 0.2]), numeric([0.3]))).toBe(1);
  });

  it('is NaN when a side has no value', () => {
    expect(ksComplement(numeric([null, null]), numeric([1]))).toBeNaN();
  });
});
