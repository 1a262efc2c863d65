import { describe, expect, it } from 'vitest';
import { cumulativeOf, upperIndex } from '../../../src/synth/engine/weighted-pick.ts';
import { createRng } from '../../../src/synth/rng.ts';

/** The plain definition: the first index whose cumulative weight exceeds x, never past the last. */
function firstAbove(cumulative: Float64Array, x: number): number {
  for (let i = 0; i < cumulative.length; i++) if (cumulative[i] > x) return i;
  return cumulative.length - 1;
}

describe('upperIndex', () => {
  it('finds the same index as a search from the start, zero weights and uneven weights included', () => {
    const rng = createRng(11);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + rng.int(60);
      // Many zeros, a few huge weights, fractions: runs of equal cumulative weights to step past.
      const weights = Array.from({ length: n }, () => (rng.next() < 0.4 ? 0 : rng.next() < 0.1 ? 1e6 * rng.next() : rng.next() / 3));
      if (!weights.some((w) => w > 0)) weights[rng.int(n)] = 1;
      const cumulative = cumulativeOf(weights);
      const total = cumulative[n - 1];
      const points = [0, total * (1 - 1e-16), ...Array.from(cumulative), ...Array.from({ length: 50 }, () => rng.next() * total)].filter((x) => x < total);
      for (const x of points) {
        expect(upperIndex(cumulative, x)).toBe(firstAbove(cumulative, x));
      }
    }
  });
});
