import { describe, expect, it } from 'vitest';
import { tails } from '../../../src/stats/bins/tails.ts';

describe('tails', () => {
  it('follows an exponential tail: spacings that shrink like 1/i give hidden gaps that grow toward the extreme', () => {
    // k = 3. Below: hidden 50, 60 (never read), then v3 = 100, v4 = 104, v5 = 107, v6 = 109.4 — spacings
    // D3 = 4, D4 = 3, D5 = 2.4 = 12/i, slope −1 on log–log → D2 = 6, D1 = 12: gaps [6, 12] from the edge out.
    const values = Float64Array.from([50, 60, 100, 104, 107, 109.4, ...Array.from({ length: 20 }, (_, i) => 110 + i)]);
    const t = tails(values, 3);
    expect(t?.low.edge).toBe(100);
    expect(t?.low.gaps.length).toBe(2);
    expect(t?.low.gaps[0]).toBeCloseTo(6, 9);
    expect(t?.low.gaps[1]).toBeCloseTo(12, 9);
    // Above: 127, 128, 129 with spacings 1, 1, 1 and nothing beyond v(n−2) = 127? The 3rd largest is 127, two
    // values (128, 129) lie beyond; flat spacings of 1 → gaps [1, 1].
    expect(t?.high.edge).toBe(127);
    expect(t?.high.gaps).toEqual([1, 1]);
  });

  it('reads the slope from two blocks of spacings, so rounded values do not cut the tail short', () => {
    // Flipper lengths (whole mm) of the penguins' training half, lowest first; k = 5, so 172, 178, 178, 178 are hidden.
    // Single spacings above the 5th value are 1, 1, 0, 0, 1: a line through them is flat (4 gaps of 0.6 → 176.6).
    // Blocks: x(10) − x(5) = 182 − 179 = 3 and x(15) − x(10) = 184 − 182 = 2, ratio 1.5 → s = −0.719
    // (Σ i^s over 5…9 / over 10…14 = 1.5), c = 3 / Σ_(5…9) i^s → gaps 0.874, 1.075, 1.439, 2.369 (5.757 in all).
    const low = [172, 178, 178, 178, 179, 180, 181, 181, 181, 182, 183, 184, 184, 184, 184];
    const values = Float64Array.from([...low, ...Array.from({ length: 30 }, (_, i) => 185 + i)]);
    const t = tails(values, 5);
    expect(t?.low.edge).toBe(179);
    const gaps = t?.low.gaps ?? [];
    expect(gaps).toHaveLength(4);
    [0.874, 1.075, 1.439, 2.369].forEach((g, i) => expect(gaps[i]).toBeCloseTo(g, 3));
    // Flat spacings (a bounded tail) stay flat: the top 30 values are 1 apart.
    expect(t?.high.gaps).toEqual([1, 1, 1, 1]);
  });

  it('holds the slope at −1 for spacings that shrink faster than an exponential tail, and at 0 for ones that grow', () => {
    // k = 3, 26 values: blocks of 3 spacings, ranks 3…6 and 6…9 from each end.
    // Low: spacings 8, 6, 4 then 1, 1, 1: ratio 6 > the exponential's 1.80 → s = −1, c = 18 / (1/3 + 1/4 + 1/5) = 22.98.
    const low = [0, 5, 10, 18, 24, 28, 29, 30, 31];
    const values = Float64Array.from([...low, ...Array.from({ length: 17 }, (_, i) => 32 + i)]);
    const t = tails(values, 3);
    const c = 18 / (1 / 3 + 1 / 4 + 1 / 5);
    expect(t?.low.gaps[0]).toBeCloseTo(c / 2, 9);
    expect(t?.low.gaps[1]).toBeCloseTo(c, 9);
    // High: evenly spaced, ratio 1 → flat gaps of 1.
    expect(t?.high.gaps).toEqual([1, 1]);
  });

  it('says nothing without disclosure control or with too few values, and no gaps where nothing lies beyond', () => {
    expect(tails(Float64Array.from([1, 2, 3, 4, 5, 6]), 1)).toBeNull();
    expect(tails(Float64Array.from([1, 2, 3, 4, 5]), 3)).toBeNull();
    const tied = tails(Float64Array.from([5, 5, 5, 6, 7, 8, 9, 9, 9]), 3);
    expect(tied?.low.gaps).toEqual([]);
    expect(tied?.high.gaps).toEqual([]);
  });
});
