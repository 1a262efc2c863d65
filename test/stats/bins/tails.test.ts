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

  it('holds the slope at 0 for a bounded tail and at −1 for a heavier one', () => {
    // Spacings growing toward the end (a cut-off distribution, slope > 0) are treated as flat.
    const growing = Float64Array.from([0, 1, 2, 2.5, 2.8, 3, ...Array.from({ length: 20 }, (_, i) => 4 + i)]);
    // v3 = 2, spacings D3 = 0.5, D4 = 0.3, D5 = 0.2: slope ≈ −1.79 → held at −1: mean 1/3, scale from Σ i^−1 / 3.
    const t = tails(growing, 3);
    const scale = (0.5 + 0.3 + 0.2) / 3 / ((1 / 3 + 1 / 4 + 1 / 5) / 3);
    expect(t?.low.gaps[0]).toBeCloseTo(scale / 2, 9);
    expect(t?.low.gaps[1]).toBeCloseTo(scale, 9);
  });

  it('says nothing without disclosure control or with too few values, and no gaps where nothing lies beyond', () => {
    expect(tails(Float64Array.from([1, 2, 3, 4, 5, 6]), 1)).toBeNull();
    expect(tails(Float64Array.from([1, 2, 3, 4, 5]), 3)).toBeNull();
    const tied = tails(Float64Array.from([5, 5, 5, 6, 7, 8, 9, 9, 9]), 3);
    expect(tied?.low.gaps).toEqual([]);
    expect(tied?.high.gaps).toEqual([]);
  });
});
