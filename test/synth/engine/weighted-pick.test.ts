import { describe, expect, it } from 'vitest';
import { cumulativeOf, guidedIndex, guideOf, upperIndex } from '../../../src/synth/engine/weighted-pick.ts';
import { createRng } from '../../../src/synth/rng.ts';

/** The plain definition: the first index whose cumulative weight exceeds x, never past the last. */
function firstAbove(cumulative: Float64Array, x: number): number {
  for (let i = 0; i < cumulative.length; i++) if (cumulative[i] > x) return i;
  return cumulative.length - 1;
}

describe('guidedIndex', () => {
  it('finds the same index as a search from the start, zero weights and uneven weights included', () => {
    const rng = createRng(11);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + rng.int(60);
      // Many zeros, a few huge weights, fractions: the guide's slices start far from their answers.
      const weights = Array.from({ length: n }, () => (rng.next() < 0.4 ? 0 : rng.next() < 0.1 ? 1e6 * rng.next() : rng.next() / 3));
      if (!weights.some((w) => w > 0)) weights[rng.int(n)] = 1;
      const cumulative = cumulativeOf(weights);
      const guide = guideOf(cumulative);
      const total = cumulative[n - 1];
      const points = [0, total * (1 - 1e-16), ...Array.from(cumulative), ...Array.from({ length: 50 }, () => rng.next() * total)].filter((x) => x < total);
      for (const x of points) {
        expect(guidedIndex(cumulative, guide, x)).toBe(firstAbove(cumulative, x));
        expect(upperIndex(cumulative, x)).toBe(firstAbove(cumulative, x));
      }
    }
  });

  it('never picks a cell of zero weight', () => {
    const cumulative = cumulativeOf([0, 0, 3, 0, 0, 0, 1, 0]);
    const guide = guideOf(cumulative);
    for (let k = 0; k < 400; k++) expect([2, 6]).toContain(guidedIndex(cumulative, guide, (k / 400) * 4));
  });
});
