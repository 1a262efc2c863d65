import { describe, expect, it } from 'vitest';
import { ConditionalStore } from '../../../src/synth/engine/conditional-store.ts';
import { createRng } from '../../../src/synth/rng.ts';

/** The plain definition of a pick: the first combination whose running weight exceeds u · total. */
function firstAbove(weights: readonly number[], u: number): number {
  const total = weights.reduce((s, w) => s + Math.max(0, w), 0);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += Math.max(0, weights[i]);
    if (sum > u * total) return i;
  }
  return weights.length - 1;
}

describe('ConditionalStore', () => {
  for (const dense of [true, false]) {
    it(`picks the combination a search from the start finds, zero and uneven weights included (${dense ? 'dense index' : 'Map index'})`, () => {
      const rng = createRng(11);
      const store = new ConditionalStore([400], dense);
      const out = new Int32Array(1);
      for (let trial = 0; trial < 200; trial++) {
        const n = 1 + rng.int(60);
        // Many zeros, a few huge weights, fractions: the guide's slices start far from their answers.
        const weights = Array.from({ length: n }, () => (rng.next() < 0.4 ? 0 : rng.next() < 0.1 ? 1e6 * rng.next() : rng.next() / 3));
        if (!weights.some((w) => w > 0)) weights[rng.int(n)] = 1;
        const id = store.add(0, trial, { open: [0], sizes: [n], weights: Float64Array.from(weights) });
        expect(store.find(0, trial)).toBe(id);
        const total = weights.reduce((s, w) => s + w, 0);
        let running = 0;
        const edges = weights.map((w) => (running += w) / total);
        const points = [0, 1 - 1e-16, ...edges, ...Array.from({ length: 50 }, () => rng.next())].filter((u) => u < 1);
        for (const u of points) {
          store.draw(id, u, out);
          expect(out[0]).toBe(firstAbove(weights, u));
        }
      }
    });
  }

  it('never picks a combination of zero weight', () => {
    const store = new ConditionalStore([1], true);
    const id = store.add(0, 0, { open: [0], sizes: [8], weights: Float64Array.from([0, 0, 3, 0, 0, 0, 1, 0]) });
    const out = new Int32Array(1);
    for (let k = 0; k < 400; k++) {
      store.draw(id, k / 400, out);
      expect([2, 6]).toContain(out[0]);
    }
  });

  it('writes each open axis its cell, the last open axis varying fastest', () => {
    const store = new ConditionalStore([10], true);
    // Open axes 3 (3 cells) and 1 (4 cells): the only combination with weight is index 9 = cells (2, 1).
    const weights = new Float64Array(12);
    weights[9] = 5;
    const id = store.add(0, 7, { open: [3, 1], sizes: [3, 4], weights });
    const out = Int32Array.from([-1, -1, 42, -1]);
    store.draw(id, 0.5, out);
    expect(Array.from(out)).toEqual([-1, 1, 42, 2]);
  });

  it('remembers a key with nothing to draw as −1 and an unseen key as undefined', () => {
    for (const dense of [true, false]) {
      const store = new ConditionalStore([5], dense);
      expect(store.find(0, 3)).toBeUndefined();
      expect(store.add(0, 3, { open: [0], sizes: [2], weights: new Float64Array(2) })).toBe(-1);
      expect(store.find(0, 3)).toBe(-1);
    }
  });
});
