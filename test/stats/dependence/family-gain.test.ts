import { describe, expect, it } from 'vitest';
import { FamilyScorer } from '../../../src/stats/dependence/family-gain.ts';

/** 100 rows: x and y agree 80 times ([[40, 10], [10, 40]]); z is x again; w is constant. */
function columns(): Uint8Array[] {
  const x = new Uint8Array(100);
  const y = new Uint8Array(100);
  for (let i = 0; i < 100; i++) {
    x[i] = i < 50 ? 0 : 1;
    // rows 0–39 (0,0), 40–49 (0,1), 50–59 (1,0), 60–99 (1,1)
    y[i] = i < 40 ? 0 : i < 50 ? 1 : i < 60 ? 0 : 1;
  }
  return [x, y, Uint8Array.from(x), new Uint8Array(100)];
}

describe('FamilyScorer', () => {
  // Axes of 3 cells (two values and an empty missing cell): r_X and q_S must count the occupied cells only.
  const scorer = new FamilyScorer({ cells: columns(), sizes: [3, 3, 3, 3], rows: 100 });

  it('one parent: N·MI − (r_X − 1)(q_S − 1)', () => {
    // MI = 2·.4·ln(.4/.25) + 2·.1·ln(.1/.25) = 0.19274476 nats; 100·MI − 1·1 = 18.2744757.
    expect(scorer.gain(0, [1])).toBeCloseTo(18.2744757, 6);
    expect(scorer.gain(1, [0])).toBeCloseTo(18.2744757, 6);
  });

  it('a copy is worth N·H(X) − 1 = 100 ln 2 − 1', () => {
    expect(scorer.gain(0, [2])).toBeCloseTo(100 * Math.LN2 - 1, 9);
  });

  it('a second parent that adds nothing costs its parameters', () => {
    // S = (x, z) occupies 2 cells (z = x), so the penalty is still (2 − 1)(2 − 1); the information is that of x alone.
    expect(scorer.gain(1, [0, 2])).toBeCloseTo(18.2744757, 6);
    // y as a second parent of z: S = (x, y) has 4 cells, penalty 3; I(z; x, y) = H(z) = ln 2.
    expect(scorer.gain(2, [0, 1])).toBeCloseTo(100 * Math.LN2 - 3, 9);
  });

  it('a constant parent is worth nothing', () => {
    expect(scorer.gain(0, [3])).toBeCloseTo(0, 12);
    expect(scorer.gain(0, [])).toBe(0);
  });

  it('counts sparse families (more cells than rows) the same way', () => {
    const big = new FamilyScorer({ cells: columns(), sizes: [3, 3, 3, 3].map(() => 1000), rows: 100 });
    expect(big.gain(0, [1])).toBeCloseTo(18.2744757, 6);
    expect(big.tableCells([0, 1, 2])).toBe(1e9);
    expect(big.gain(0, [1, 2])).toBe(Number.NEGATIVE_INFINITY);
  });
});
