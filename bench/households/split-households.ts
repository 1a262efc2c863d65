import { halfA } from '../half-split.ts';
import { subPopulation, type Population } from './population.ts';

/** Two disjoint halves of the real households (half-split.ts), each with its persons, in the file's order. */
export function splitHouseholds(population: Population, seed: number): { a: Population; b: Population } {
  const inA = halfA(population.households.length, seed);
  return { a: subPopulation(population, (_, i) => inA[i] === 1), b: subPopulation(population, (_, i) => inA[i] === 0) };
}
