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
 * What categoricalAxisOf's `topK` pools of a column whose categories hold
 * `counts` records each (the missing value is no category): the categories
 * disclosure control would name (at least `minCount` records) past the `topK`
 * most frequent. Null when none are. One home for the data note and the
 * command line's warning.
 */
export function pooledByTopK(counts: ArrayLike<number>, options: { rowCount: number; topK: number; minCount: number }): PooledByTopK | null {
  const { rowCount, topK, minCount } = options;
  const common = Array.from(counts).filter((n) => n >= minCount);
  if (common.length <= topK) return null;
  common.sort((a, b) => b - a);
  const rows = common.slice(topK).reduce((sum, n) => sum + n, 0);
  return { categories: common.length, pooled: common.length - topK, rows, share: rowCount > 0 ? rows / rowCount : 0 };
}
