import { describe, expect, it } from 'vitest';
import { correctedCramersV } from '../../../src/stats/dependence/corrected-cramers-v.ts';
import { mutualInformation } from '../../../src/stats/dependence/mutual-information.ts';
import { rankPairs } from '../../../src/stats/dependence/rank-pairs.ts';
import { categoricalAxis } from '../../../src/stats/tables/categorical-axis.ts';
import type { Table } from '../../../src/stats/tables/table.ts';
import { emptyTable } from '../../../src/stats/tables/table.ts';
import { makeDataset } from '../tables/make-dataset.ts';

/** A 2×2 table on axes that also have an (empty) missing cell each: shape 3×3. */
function twoByTwo(n11: number, n12: number, n21: number, n22: number): Table {
  const t = emptyTable([
    categoricalAxis({ column: 'a', categories: ['p', 'q'], other: false }),
    categoricalAxis({ column: 'b', categories: ['r', 's'], other: false }),
  ]);
  t.counts.set([n11, n12, 0, n21, n22, 0, 0, 0, 0]);
  t.total = n11 + n12 + n21 + n22;
  return t;
}

describe('mutualInformation and cramersV on [[30, 10], [10, 30]]', () => {
  // n = 80; p = .375 .125 / .125 .375, every margin .5.
  // MI = 2·.375·ln(.375/.25) + 2·.125·ln(.125/.25) = .75 ln 1.5 − .25 ln 2
  //    = .3040988 − .1732868 = 0.1308120 nats.
  // χ² = 4 · 10²/20 = 20; φ² = 20/80 = .25; φ²̃ = .25 − 1/79;
  // r̃ − 1 = k̃ − 1 = 1 − 1/79; Ṽ = sqrt((.25 − 1/79)/(1 − 1/79)) = sqrt(18.75/78) = 0.4902903.
  // The empty missing row and column must not count in r and k (else r = k = 3).
  const t = twoByTwo(30, 10, 10, 30);
  it('MI in nats', () => expect(mutualInformation(t)).toBeCloseTo(0.130812, 6));
  it("bias-corrected Cramér's V", () => expect(correctedCramersV(t)).toBeCloseTo(0.4902903, 6));
});

describe('edge cases', () => {
  it('independence gives 0 and 0', () => {
    const t = twoByTwo(10, 10, 10, 10);
    expect(mutualInformation(t)).toBe(0);
    expect(correctedCramersV(t)).toBe(0);
  });

  it('perfect association of 8 records: MI = ln 2, V = 1', () => {
    // χ² = n = 8, φ² = 1, φ²̃ = 1 − 1/7 = 6/7, r̃ − 1 = 1 − 1/7 = 6/7 → V = 1.
    const t = twoByTwo(4, 0, 0, 4);
    expect(mutualInformation(t)).toBeCloseTo(Math.log(2), 12);
    expect(correctedCramersV(t)).toBeCloseTo(1, 12);
  });

  it('a constant side or an empty table gives 0', () => {
    expect(correctedCramersV(twoByTwo(5, 3, 0, 0))).toBe(0);
    expect(mutualInformation(twoByTwo(0, 0, 0, 0))).toBe(0);
  });
});

describe('rankPairs', () => {
  it('ranks a copied column above independent ones, from micro data', () => {
    const a = ['p', 'q', 'p', 'q', 'p', 'q', 'p', 'q'];
    const data = makeDataset({ a, b: [...a], c: ['r', 'r', 's', 's', 'r', 'r', 's', 's'] });
    const ranked = rankPairs(data);
    expect(ranked.map((p) => `${p.a}-${p.b}`)).toEqual(['a-b', 'a-c', 'b-c']);
    expect(ranked[0].mi).toBeCloseTo(Math.log(2), 12);
    expect(ranked[0].cramersV).toBeCloseTo(1, 12);
    // a × c is exactly balanced (2 records per cell): independent.
    expect(ranked[1].mi).toBe(0);
    expect(ranked[1].cramersV).toBe(0);
  });
});
