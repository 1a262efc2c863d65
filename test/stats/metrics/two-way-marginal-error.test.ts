import { describe, expect, it } from 'vitest';
import { twoWayMarginalError } from '../../../src/stats/metrics/two-way-marginal-error.ts';
import { makeDataset } from '../tables/make-dataset.ts';

describe('twoWayMarginalError', () => {
  it('averages ½ Σ |p − q| over the pairs, a value held by most rows in a bin of its own', () => {
    // b: 0 holds 3 of 4 real rows → its own bin; 5 in the one equal-width bin.
    // Real (a, b): (x,0) (x,0) (y,0) (y,5) → .5 .25 .25; synthetic (x,0) (y,0) (y,5) (y,5) → .25 .25 .5.
    // TV = ½ (.25 + 0 + .25) = .25.
    const real = makeDataset({ a: ['x', 'x', 'y', 'y'], b: [0, 0, 0, 5] });
    const synthetic = makeDataset({ a: ['x', 'y', 'y', 'y'], b: [0, 0, 5, 5] });
    expect(twoWayMarginalError({ real, synthetic })).toBeCloseTo(0.25, 12);
    expect(twoWayMarginalError({ real, synthetic: real })).toBe(0);
  });

  it('bins integers in at most 32 integer-aligned equal-width bins between the real minimum and maximum', () => {
    // 1..64: width ceil(64 / 32) = 2, so the bins are 1–2, 3–4, …, 63–64 (a constant second column adds nothing).
    const values = Array.from({ length: 64 }, (_, i) => i + 1);
    const real = makeDataset({ n: values, c: values.map(() => 'k') });
    const same = makeDataset({ n: values.map((v) => (v % 2 === 1 ? v + 1 : v)), c: values.map(() => 'k') });
    // Moving each odd value up by one keeps it in its bin: no error.
    expect(twoWayMarginalError({ real, synthetic: same })).toBe(0);
    const shifted = makeDataset({ n: values.map((v) => (v % 2 === 0 ? Math.min(64, v + 1) : v)), c: values.map(() => 'k') });
    // Every even value but 64 moves one bin up: bin 1 loses 1, bins 2..32 each gain 1 and lose 1, bin 32 gains 1 → ½ · 2/64.
    expect(twoWayMarginalError({ real, synthetic: shifted })).toBeCloseTo(1 / 64, 12);
  });
});
