import type { Dataset } from '../../dataset.ts';
import { trainingRowMatchesEach } from './training-row-matches.ts';

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
  return identicalMatchShares({ training, others: [other] })[0];
}

/** identicalMatchShare of each of `others`, hashing the training rows once. */
export function identicalMatchShares({ training, others }: { readonly training: Dataset; readonly others: readonly Dataset[] }): number[] {
  return trainingRowMatchesEach({ training, others }).map((matched) => {
    if (matched.length === 0) return Number.NaN;
    let count = 0;
    for (const m of matched) count += m;
    return count / matched.length;
  });
}
