import { createRng } from '../src/synth/rng.ts';
import { shuffleInPlace } from '../src/synth/shuffle.ts';

/**
 * Which of n records go to half A of a real-halves split: a Fisher–Yates
 * shuffle from createRng(seed), the first ⌊n / 2⌋ in A, the rest in B.
 * Deterministic for a seed. Scoring A against B gives the error a fresh real
 * sample of half the size has: the noise the benches read methods against.
 */
export function halfA(n: number, seed: number): Uint8Array {
  const order = shuffleInPlace(
    Uint32Array.from({ length: n }, (_, i) => i),
    createRng(seed),
  );
  const inA = new Uint8Array(n);
  for (const i of order.subarray(0, Math.floor(n / 2))) inA[i] = 1;
  return inA;
}
