import { describe, expect, it } from 'vitest';
import { binOf, MISSING_BIN } from '../../../src/stats/bins/bin-of.ts';
import { fineBins } from '../../../src/stats/bins/fine-bins.ts';
import { quantileEdges } from '../../../src/stats/bins/quantile-edges.ts';
import { splitBin } from '../../../src/stats/bins/split-bin.ts';

const f = (xs: number[]) => Float64Array.from(xs);

describe('quantileEdges', () => {
  it('takes sorted values at floor(i(n−1)/k)', () => {
    // 1..13 (n = 13), k = 6: positions 0,2,4,6,8,10,12 → values 1,3,5,7,9,11,13.
    const values = f([13, 1, 12, 2, 11, 3, 10, 4, 9, 5, 8, 6, 7]);
    expect([...quantileEdges(values)]).toEqual([1, 3, 5, 7, 9, 11, 13]);
    // k = 4 on 0..10 with a NaN: positions 0, 2, 5, 7, 10 (floor of 2.5, 7.5).
    expect([...quantileEdges(f([...Array.from({ length: 11 }, (_, i) => i), Number.NaN]), 4)]).toEqual([0, 2, 5, 7, 10]);
  });

  it('merges tied edges so no bin is empty or zero-width', () => {
    // 0 ×6, 1 ×3, 2 ×1 (n = 10), k = 6: positions 0,1,3,4,6,7,9 → 0,0,0,0,1,1,2 → 0,1,2.
    expect([...quantileEdges(f([0, 0, 0, 0, 0, 0, 1, 1, 1, 2]))]).toEqual([0, 1, 2]);
  });

  it('gives a spike its own bin and spreads the bins left over the values after it', () => {
    // 92 zeros, then 1..8 (n = 100), k = 6. Plain positions 0,16,…,82 all land on 0. Spike-aware: 0 | then
    // positions 92 + floor(j·7/5), j = 0…4 → 92, 93, 94, 96, 97 → values 1, 2, 3, 5, 6 | last value 8.
    const values = f([...Array.from({ length: 92 }, () => 0), 1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...quantileEdges(values)]).toEqual([0, 1, 2, 3, 5, 6, 8]);
    // A spike inside the data (40 in a run of 20..60, 50 of 100 rows) also gets a bin of its own: [40, 41).
    const hours = f([
      ...Array.from({ length: 25 }, (_, i) => 15 + i),
      ...Array.from({ length: 50 }, () => 40),
      ...Array.from({ length: 25 }, (_, i) => 41 + i),
    ]);
    const edges = [...quantileEdges(hours, 6)];
    expect(edges).toContain(40);
    expect(edges[edges.indexOf(40) + 1]).toBe(41);
    expect(edges).toEqual([15, 31, 40, 41, 49, 57, 65]);
  });

  it('handles all-missing, constant and single values', () => {
    expect(quantileEdges(f([Number.NaN, Number.NaN])).length).toBe(0);
    expect(quantileEdges(f([])).length).toBe(0);
    expect([...quantileEdges(f([4, 4, Number.NaN, 4]))]).toEqual([4, 4]);
    expect([...quantileEdges(f([4]))]).toEqual([4, 4]);
  });

  it('rejects a bad count', () => {
    expect(() => quantileEdges(f([1, 2]), 0)).toThrow(/count/);
  });
});

describe('binOf', () => {
  const edges = f([0, 10, 20, 30]);
  it.each([
    [0, 0],
    [9.99, 0],
    [10, 1],
    [29.9, 2],
    [30, 2], // last edge is inclusive
    [-5, 0], // below the range: clamped into the first bin
    [99, 2], // above: the last bin
    [Number.NaN, MISSING_BIN],
  ])('puts %d in bin %d', (x, bin) => {
    expect(binOf(edges, x)).toBe(bin);
  });

  it('has one closed bin for a constant column and none when all missing', () => {
    expect(binOf(f([4, 4]), 4)).toBe(0);
    expect(binOf(f([]), 4)).toBe(MISSING_BIN);
  });
});

describe('splitBin', () => {
  it('cuts one bin into equal parts and keeps the other edges', () => {
    expect([...splitBin(f([0, 10, 18, 30]), { bin: 1 })]).toEqual([0, 10, 11, 12, 13, 14, 15, 16, 17, 18, 30]);
    expect([...splitBin(f([0, 10, 30]), { bin: 1, parts: 4 })]).toEqual([0, 10, 15, 20, 25, 30]);
  });

  it('leaves a zero-width bin as it is and rejects a bin that is not there', () => {
    expect([...splitBin(f([4, 4]), { bin: 0 })]).toEqual([4, 4]);
    expect(() => splitBin(f([0, 1]), { bin: 1 })).toThrow(/bin 1/);
  });
});

describe('fineBins', () => {
  it('counts non-missing values per quantile bin', () => {
    // 0..8, k = 4: positions 0,2,4,6,8 → edges 0,2,4,6,8; bins [0,2) [2,4) [4,6) [6,8] hold 2,2,2,3.
    const { edges, counts } = fineBins(f([0, 1, 2, 3, 4, 5, 6, 7, 8, Number.NaN]), 4);
    expect([...edges]).toEqual([0, 2, 4, 6, 8]);
    expect([...counts]).toEqual([2, 2, 2, 3]);
  });
});

describe('quantileEdges per value (a table axis)', () => {
  const v = (a: number[]) => Float64Array.from(a);
  it('gives each of few values its own bin, the last two parted halfway, so 4 and 5 never share a cell', () => {
    expect([...quantileEdges(v([2, 2, 2, 3, 3, 4, 4, 5, 5]), 13, { perValue: true })]).toEqual([2, 3, 4, 4.5, 5]);
    // Without it the closed last bin holds both 4 and 5.
    expect([...quantileEdges(v([2, 2, 2, 3, 3, 4, 4, 5, 5]), 13)]).toEqual([2, 3, 4, 5]);
  });

  it('trims as the quantile edges do: values of fewer than trim + 1 records at either end fold into the outer bins', () => {
    // trim 4: the 5th smallest is 3 and the 5th largest 5, so 1, 2 and 9 publish no edge.
    expect([...quantileEdges(v([1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 5, 5, 5, 9]), 13, { trim: 4, perValue: true })]).toEqual([3, 4, 4.5, 5]);
  });

  it('falls back to quantile edges when there are more values than bins', () => {
    const many = v(Array.from({ length: 100 }, (_, i) => i));
    expect([...quantileEdges(many, 6, { perValue: true })]).toEqual([...quantileEdges(many, 6)]);
  });
});
