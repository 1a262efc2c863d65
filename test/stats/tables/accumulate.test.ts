import { describe, expect, it } from 'vitest';
import { accumulate } from '../../../src/stats/tables/accumulate.ts';
import { categoricalAxis } from '../../../src/stats/tables/categorical-axis.ts';
import { emptyTable } from '../../../src/stats/tables/table.ts';

// Axes of 3 and 4 cells (2 and 3 categories + missing).
const axes = [
  categoricalAxis({ column: 'a', categories: ['p', 'q'], other: false }),
  categoricalAxis({ column: 'b', categories: ['r', 's', 't'], other: false }),
];

/** Record i has a = i mod 3, b = 7i mod 4: both depend only on i mod 12, and by the CRT each of the 12 cells comes once per 12 records. */
function cells(n: number): [Uint8Array, Uint8Array] {
  return [Uint8Array.from({ length: n }, (_, i) => i % 3), Uint8Array.from({ length: n }, (_, i) => (7 * i) % 4)];
}

/** 1003 = 12·83 + 7: every cell 83, plus one for i mod 12 = 0…6 → (0,0) (1,3) (2,2) (0,1) (1,0) (2,3) (0,2). */
const EXPECTED_1003 = [84, 84, 84, 83, 84, 83, 83, 84, 83, 83, 84, 84];

describe('accumulate', () => {
  it('counts a big batch (interleaved lanes) by hand, odd tail included', () => {
    const t = emptyTable(axes);
    accumulate(t, { cells: cells(1003), sign: 1 });
    expect([...t.counts]).toEqual(EXPECTED_1003);
    expect(t.total).toBe(1003);
    accumulate(t, { cells: cells(1003), sign: -1 });
    expect(t.counts.every((c) => c === 0)).toBe(true);
    expect(t.total).toBe(0);
  });

  it('counts a small batch (plain loop) by hand', () => {
    // i = 0…4 → (0,0) (1,3) (2,2) (0,1) (1,0).
    const t = emptyTable(axes);
    accumulate(t, { cells: cells(5), sign: 1 });
    expect([...t.counts]).toEqual([1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0]);
  });

  it('counts one axis in lanes by hand', () => {
    // i mod 3 over 1003 records: 335, 334, 334.
    const t = emptyTable([axes[0]]);
    accumulate(t, { cells: [cells(1003)[0]], sign: 1 });
    expect([...t.counts]).toEqual([335, 334, 334]);
  });

  it('refuses cell arrays that do not fit the table', () => {
    expect(() => accumulate(emptyTable(axes), { cells: [cells(3)[0]], sign: 1 })).toThrow(/1 cell arrays for a 2-axis table/);
    expect(() => accumulate(emptyTable(axes), { cells: [cells(3)[0], cells(4)[1]], sign: 1 })).toThrow(/different lengths/);
  });
});
