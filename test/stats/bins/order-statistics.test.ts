import { describe, expect, it } from 'vitest';
import { orderStatistics } from '../../../src/stats/bins/order-statistics.ts';
import { binOf } from '../../../src/stats/bins/bin-of.ts';
import { createRng } from '../../../src/synth/rng.ts';

describe('orderStatistics', () => {
  it('finds by hand the values a sort would put at the positions', () => {
    expect(orderStatistics(Float64Array.of(5, 1, 4, 2, 3), [0, 2, 4])).toEqual([1, 3, 5]);
    expect(orderStatistics(Float64Array.of(2, 2, 1, 2, 1), [1, 2])).toEqual([1, 2]);
  });

  // Sizes past 600 take the Floyd–Rivest sampling branch; the reference is a plain sort.
  const rng = createRng(11);
  const shapes: [string, () => Float64Array][] = [
    ['random', () => Float64Array.from({ length: 5001 }, () => rng.normal())],
    ['sorted', () => Float64Array.from({ length: 3000 }, (_, i) => i)],
    ['reversed', () => Float64Array.from({ length: 3000 }, (_, i) => -i)],
    ['many ties', () => Float64Array.from({ length: 4000 }, () => rng.int(3))],
  ];
  it.each(shapes)('agrees with sorting on %s input', (_, make) => {
    const values = make();
    const sorted = values.slice().sort();
    const n = values.length;
    const positions = [0, 1, Math.floor(n / 7), Math.floor(n / 2), n - 2, n - 1];
    expect(orderStatistics(values, positions)).toEqual(positions.map((p) => sorted[p]));
  });
});

describe('binOf past 16 inner edges (binary search)', () => {
  const edges = Float64Array.from({ length: 31 }, (_, i) => i * 10); // 30 bins
  it.each([
    [0, 0],
    [155, 15],
    [299.9, 29],
    [300, 29],
    [-1, 0],
    [1e9, 29],
  ])('puts %d in bin %d', (x, bin) => expect(binOf(edges, x)).toBe(bin));
});
