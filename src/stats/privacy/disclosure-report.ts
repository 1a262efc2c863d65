/**
 * What disclosure control changed in the target tables, so the report can say
 * it in plain words. Counts only: category names that were pooled stay private.
 */
export interface DisclosureReport {
  /** Minimum records a published category, value or cell must have. */
  readonly minCount: number;
  /** Per categorical column, how many categories were pooled into "(other)". */
  readonly pooledCategories: readonly { readonly column: string; readonly categories: number }[];
  /** Per table, cells with 1…k−1 records that were zeroed (their records spread pro rata over the table). */
  readonly suppressedCells: readonly { readonly table: string; readonly cells: number; readonly records: number }[];
}

/** The default minimum, as in common statistical disclosure practice (k = 5). */
export const DEFAULT_MIN_COUNT = 5;
