import type { Dataset } from '../../dataset.ts';
import { trainingRowMatches } from './training-row-matches.ts';

export interface IdenticalMatchOptions {
  readonly training: Dataset;
  /** Synthetic rows, or holdout rows for the reference rate. */
  readonly other: Dataset;
}

/**
 * Identical-match share (IMS): the share of `other`'s rows that equal some
 * training row on every evaluated column (trainingRowMatches). Compare the
 * synthetic rate with the holdout rate: a holdout drawn from the same
 * population sets the bar.
 */
export function identicalMatchShare({ training, other }: IdenticalMatchOptions): number {
  if (other.rowCount === 0) return Number.NaN;
  let matched = 0;
  for (const m of trainingRowMatches({ training, other })) matched += m;
  return matched / other.rowCount;
}
