import { describe, expect, it } from 'vitest';
import type { CategoricalColumn } from '../../../src/stats/column.ts';
import { InputError } from '../../../src/stats/input-error.ts';
import { jensenShannonDivergence } from '../../../src/stats/metrics/jensen-shannon-divergence.ts';
import { categoricalTotalVariation, totalVariationDistance } from '../../../src/stats/metrics/total-variation-distance.ts';
import { wassersteinDistance } from '../../../src/stats/metrics/wasserstein-distance.ts';
import { makeDataset } from './make-dataset.ts';

const f64 = (xs: number[]) => Float64Array.from(xs);

describe('wassersteinDistance (exact W1, as scipy.stats.wasserstein_distance)', () => {
  it.each([
    { a: [0, 1, 3], b: [5, 6, 8], w: 5 }, // scipy docs example
    { a: [0, 1], b: [0, 2], w: 0.5 }, // |1 - 1/2| on [1, 2)
    { a: [0], b: [0, 2], w: 1 }, // |1 - 1/2| on [0, 2)
    { a: [1, 2, 3], b: [11, 12, 13], w: 10 }, // a shift moves every unit of mass by 10
    { a: [0, 0, 1], b: [0, 1, 1], w: 1 / 3 },
  ])('$a vs $b -> $w', ({ a, b, w }) => {
    expect(wassersteinDistance(f64(a), f64(b))).toBeCloseTo(w, 14);
    expect(wassersteinDistance(f64(b), f64(a))).toBeCloseTo(w, 14);
  });

  it('drops missing values; NaN when a side is empty', () => {
    expect(wassersteinDistance(f64([0, Number.NaN, 1]), f64([0, 2]))).toBeCloseTo(0.5, 14);
    expect(wassersteinDistance(f64([Number.NaN]), f64([1]))).toBeNaN();
  });
});

describe('totalVariationDistance', () => {
  it('normalises counts and halves the L1 distance', () => {
    expect(totalVariationDistance([1, 0], [0, 1])).toBe(1);
    expect(totalVariationDistance([2, 2], [0.5, 0.5])).toBe(0);
    // [0.5, 0.25, 0.25] vs [0.25, 0.25, 0.5]
    expect(totalVariationDistance([2, 1, 1], [1, 1, 2])).toBeCloseTo(0.25, 15);
  });

  it('matches categories by written value and counts missing as a category', () => {
    const col = (values: (string | null)[]) => makeDataset([{ name: 'c', kind: 'categorical', values }]).columns[0] as CategoricalColumn;
    // a: x .5, missing .25, y .25 ; b: y .25, missing .5, x .25
    expect(categoricalTotalVariation(col(['x', 'x', null, 'y']), col(['y', null, null, 'x']))).toBeCloseTo(0.25, 15);
  });

  it('rejects vectors over different cells, negative counts and empty distributions', () => {
    expect(() => totalVariationDistance([1, 2], [1, 2, 3])).toThrow(InputError);
    expect(() => totalVariationDistance([1, -1], [1, 1])).toThrow(InputError);
    expect(() => totalVariationDistance([0, 0], [1, 1])).toThrow(InputError);
  });
});

describe('jensenShannonDivergence (base 2)', () => {
  it('is 0 for equal and 1 for disjoint distributions', () => {
    expect(jensenShannonDivergence([3, 1], [6, 2])).toBeCloseTo(0, 15);
    expect(jensenShannonDivergence([1, 0, 0], [0, 2, 3])).toBeCloseTo(1, 15);
  });

  it('matches the hand-computed value with a zero cell', () => {
    // p = [.5, .5], q = [1, 0], m = [.75, .25]
    // KL(p||m) = .5 log2(2/3) + .5 log2(2) ; KL(q||m) = log2(4/3)
    const expected = 0.5 * (0.5 * Math.log2(2 / 3) + 0.5 + Math.log2(4 / 3));
    expect(expected).toBeCloseTo(0.311278, 6);
    expect(jensenShannonDivergence([2, 2], [3, 0])).toBeCloseTo(expected, 14);
  });

  it('rejects vectors over different cells', () => {
    expect(() => jensenShannonDivergence([1], [1, 1])).toThrow(InputError);
  });
});
