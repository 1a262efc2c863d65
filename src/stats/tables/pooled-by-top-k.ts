import { rankedCategories } from './categorical-axis.ts';

/** Categories common enough to be named that a limit on categories per column pools into "(other)", and their rows. */
export interface PooledByTopK {
  /** Categories held by at least `minCount` records. */
  readonly categories: number;
  /** Of those, the ones past the `topK` most frequent. */
  readonly pooled: number;
  readonly rows: number;
  /** `rows` over all rows of the table. */
  readonly share: number;
}

/**
 * What categoricalAxisOf's `topK` pools of a column whose codes hold `freq`
 * records each (0 for a code that is no category, such as the missing one):
 * the categories it would name but for the limit (rankedCategories past the
 * first `topK`). Null when none are. One home for the data note and the
 * command line's warning.
 */
export function pooledByTopK(freq: ArrayLike<number>, options: { rowCount: number; topK: number; minCount: number }): PooledByTopK | null {
  const { rowCount, topK, minCount } = options;
  const ranked = rankedCategories(freq, minCount);
  if (ranked.length <= topK) return null;
  const rows = ranked.slice(topK).reduce((sum, code) => sum + freq[code], 0);
  return { categories: ranked.length, pooled: ranked.length - topK, rows, share: rowCount > 0 ? rows / rowCount : 0 };
}
