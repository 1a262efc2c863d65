/**
 * A cross-tabulation as statistics offices publish it (issue #14): one column
 * per variable and one `count` (or `share`) column, one row per combination.
 * Held dense over the product of its variables' categories (row-major, the
 * last variable fastest), combinations the file leaves out at zero.
 */
export interface AggregateTable {
  /** The file's name, for messages and the reconciliation report. */
  readonly source: string;
  readonly variables: readonly string[];
  /** Per variable, its categories in natural order ("06-09" before "12-14", "2" before "10"). */
  readonly categories: readonly (readonly string[])[];
  /** What the file gave: counts of records, or shares of them. */
  readonly kind: 'count' | 'share';
  /** Per cell, the count (for a share table, the share) as given. */
  readonly counts: Float64Array;
  /** Sum of `counts`: the records behind a count table; 1 (or 100) for a share table. */
  readonly total: number;
}

/** Natural order of labels: numbers inside labels compare as numbers. */
export function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Cells of a table over these category lists. */
export function cellCount(categories: readonly (readonly string[])[]): number {
  return categories.reduce((n, c) => n * c.length, 1);
}
