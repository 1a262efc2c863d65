import { describe, expect, it } from 'vitest';
import { rowMajorStrides } from '../../src/stats/tables/row-major-strides.ts';
import { rakeTables } from '../../bench/baselines/rake-tables.ts';
import { categoricalAxis } from '../../src/stats/tables/categorical-axis.ts';
import type { Table } from '../../src/stats/tables/table.ts';
import { emptyTable } from '../../src/stats/tables/table.ts';

// Two 2-category axes; each also has its missing cell, so the product is 3 × 3.
const a = categoricalAxis({ column: 'a', categories: ['x', 'y'], other: false });
const b = categoricalAxis({ column: 'b', categories: ['u', 'v'], other: false });

function table(axes: Parameters<typeof emptyTable>[0], counts: number[]): Table {
  const t = emptyTable(axes);
  t.counts.set(counts);
  t.total = counts.reduce((s, c) => s + c, 0);
  return t;
}

describe('rakeTables (IPF)', () => {
  it('fits two marginals of a 2 × 2 problem with the independence table', () => {
    // a: x 30, y 70; b: u 40, v 60 (missing 0). From a uniform start IPF gives
    // n_ij = a_i · b_j / n: xu 12, xv 18, yu 28, yv 42, every missing cell 0.
    const fit = rakeTables({ axes: [a, b], tables: [table([a], [30, 70, 0]), table([b], [40, 60, 0])] });
    const expected = [12, 18, 0, 28, 42, 0, 0, 0, 0];
    fit.weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 9));
    expect(fit.maxChange).toBeLessThan(1e-10);
  });

  it('reproduces a given joint exactly, and its marginals', () => {
    // A dependent 2 × 2 joint (xu 10, xv 20, yu 30, yv 40): the fit is that joint.
    const joint = table([a, b], [10, 20, 0, 30, 40, 0, 0, 0, 0]);
    const fit = rakeTables({ axes: [a, b], tables: [table([a], [30, 70, 0]), table([b], [40, 60, 0]), joint] });
    fit.weights.forEach((w, i) => expect(w).toBeCloseTo(joint.counts[i], 9));
  });

  it('matches every target of a three-way problem with overlapping joints', () => {
    // c depends on a, b on c; joints a×c and c×b share c (consistent: both from the same counts).
    const c = categoricalAxis({ column: 'c', categories: ['p', 'q'], other: false });
    // a×c: xp 25, xq 5, yp 15, yq 55 → c: p 40, q 60. c×b: pu 30, pv 10, qu 10, qv 50 → b: u 40, v 60.
    const ac = table([a, c], [25, 5, 0, 15, 55, 0, 0, 0, 0]);
    const cb = table([c, b], [30, 10, 0, 10, 50, 0, 0, 0, 0]);
    const fit = rakeTables({ axes: [a, b, c], tables: [ac, cb] });
    const strides = rowMajorStrides([3, 3, 3]);
    const sumOver = (cell: (coords: number[]) => number, size: number) => {
      const out = new Float64Array(size);
      fit.weights.forEach((w, p) => (out[cell(strides.map((s) => Math.floor(p / s) % 3))] += w));
      return [...out];
    };
    sumOver(([i, , k]) => i * 3 + k, 9).forEach((v, cell) => expect(v).toBeCloseTo(ac.counts[cell], 8));
    sumOver(([, j, k]) => k * 3 + j, 9).forEach((v, cell) => expect(v).toBeCloseTo(cb.counts[cell], 8));
    // Decomposable model: n_ijk = n_ik · n_kj / n_k, e.g. (x, u, p) = 25 · 30 / 40 = 18.75.
    expect(fit.weights[0 * 9 + 0 * 3 + 0]).toBeCloseTo(18.75, 8);
  });

  it('refuses a product space over the cell limit, naming the size', () => {
    expect(() => rakeTables({ axes: [a, b], tables: [], maxCells: 8 })).toThrow(/9 cells \(3 × 3\), over the limit of 8/);
  });

  it('row-major strides put the last axis fastest', () => {
    expect(rowMajorStrides([7, 3, 5])).toEqual([15, 5, 1]);
  });
});
