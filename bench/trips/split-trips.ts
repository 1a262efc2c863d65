import { halfA } from '../half-split.ts';
import { subTrips, tripCount, type Trips } from './trips.ts';

/** Two disjoint halves of the real trips (half-split.ts), each in the file's order. */
export function splitTrips(trips: Trips, seed: number): { a: Trips; b: Trips } {
  const inA = halfA(tripCount(trips), seed);
  return { a: subTrips(trips, (i) => inA[i] === 1), b: subTrips(trips, (i) => inA[i] === 0) };
}
