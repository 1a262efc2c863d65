import { createRng } from '../../src/synth/rng.ts';
import { subPopulation, type Population } from './population.ts';

/**
 * Two disjoint halves of the real households, each with its persons: a
 * Fisher–Yates shuffle from createRng(seed), the first ⌊n / 2⌋ households in
 * half A, the rest in B, each in the file's order. Deterministic for a seed.
 */
export function splitHouseholds(population: Population, seed: number): { a: Population; b: Population } {
  const n = population.households.length;
  const order = Array.from({ length: n }, (_, i) => i);
  const rng = createRng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const inA = new Uint8Array(n);
  for (const i of order.slice(0, Math.floor(n / 2))) inA[i] = 1;
  return { a: subPopulation(population, (_, i) => inA[i] === 1), b: subPopulation(population, (_, i) => inA[i] === 0) };
}
