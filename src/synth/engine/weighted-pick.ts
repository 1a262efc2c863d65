import { upperBound } from '../../stats/bins/upper-bound.ts';
import type { Rng } from '../rng.ts';

/** Index i with probability weights[i] / total, from a cumulative array (binary search). */
export function pickCumulative(cumulative: Float64Array, rng: Rng): number {
  return upperIndex(cumulative, rng.next() * cumulative[cumulative.length - 1]);
}

/** First index whose cumulative weight exceeds x, never past the last. */
export function upperIndex(cumulative: Float64Array, x: number): number {
  return Math.min(cumulative.length - 1, upperBound(cumulative, x));
}

export function cumulativeOf(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i] > 0 ? weights[i] : 0;
    out[i] = sum;
  }
  return out;
}
