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

/**
 * A guide table for `guidedIndex` (Chen and Asau's indexed search): guide[k] is
 * the answer for the smallest x of the k-th of n equal slices of the total, so
 * a pick starts next to its answer and steps a cell or two instead of
 * searching the whole array.
 */
export function guideOf(cumulative: Float64Array): Int32Array {
  const n = cumulative.length;
  const total = cumulative[n - 1];
  const guide = new Int32Array(n);
  let i = 0;
  for (let k = 0; k < n; k++) {
    const x = (k / n) * total;
    while (i < n - 1 && cumulative[i] <= x) i++;
    guide[k] = i;
  }
  return guide;
}

/** `upperIndex(cumulative, x)` for 0 ≤ x < total, started from the guide table: the same index, found in a step or two. */
export function guidedIndex(cumulative: Float64Array, guide: Int32Array, x: number): number {
  const n = cumulative.length;
  let i = guide[Math.min(n - 1, Math.max(0, Math.floor((x / cumulative[n - 1]) * n)))];
  // Rounding may start one slice late or early: step back, then forward, to the first cumulative weight above x.
  while (i > 0 && cumulative[i - 1] > x) i--;
  while (i < n - 1 && cumulative[i] <= x) i++;
  return i;
}
