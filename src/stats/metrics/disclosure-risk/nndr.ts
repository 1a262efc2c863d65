import type { NearestDistances } from './nearest-distances.ts';

/**
 * Nearest-neighbour distance ratio: the mean over synthetic rows of
 * (distance to the closest training row) / (distance to the second closest).
 * Near 0 means a synthetic row sits on one training record (re-identification
 * risk); near 1 means it is as close to several. 0 / 0 (two identical training
 * rows at distance 0) counts as 0, the risky end. NaN with fewer than two
 * training rows.
 */
export function nndr({ nearest, second }: NearestDistances): number {
  if (nearest.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < nearest.length; i++) {
    if (!Number.isFinite(second[i])) return Number.NaN;
    sum += second[i] === 0 ? 0 : nearest[i] / second[i];
  }
  return sum / nearest.length;
}
