import { createRng } from '../../src/synth/rng.ts';
import { subTrips, tripCount, type Trips } from './trips.ts';

/**
 * Two disjoint halves of the real trips: a Fisher–Yates shuffle from
 * createRng(seed), the first ⌊n / 2⌋ trips in half A, the rest in B, each in
 * the file's order. Deterministic for a seed. Scoring A against B gives the
 * error a fresh real sample of half the size has: the noise to read the
 * other methods against.
 */
export function splitTrips(trips: Trips, seed: number): { a: Trips; b: Trips } {
  const n = tripCount(trips);
  const order = Array.from({ length: n }, (_, i) => i);
  const rng = createRng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const inA = new Uint8Array(n);
  for (const i of order.slice(0, Math.floor(n / 2))) inA[i] = 1;
  return { a: subTrips(trips, (i) => inA[i] === 1), b: subTrips(trips, (i) => inA[i] === 0) };
}
