/**
 * Written values that mean "no value" unless the caller says otherwise.
 * '.' and 'None' are deliberately absent: the SDMetrics reference fixtures read
 * them as ordinary categories, and so must we to score the same.
 */
export const MISSING_TOKENS: readonly string[] = ['', 'NA', 'N/A', 'null', 'NULL', 'NaN', 'nan', '?'];

const DEFAULT_SET: ReadonlySet<string> = new Set(MISSING_TOKENS);

/** True when `text` is one of the default missing tokens (exact match, no trimming). */
export function isMissingToken(text: string): boolean {
  return DEFAULT_SET.has(text);
}

/**
 * The one spelling synthetic output uses for a column's missing values: the
 * one the column used most (rows per spelling, as RawColumn.missingSpellings
 * counts them), the first seen on a tie, so a file that mostly wrote '?' gets
 * '?' back. '' when nothing was missing.
 */
export function mostFrequentMissingToken(spellings: ReadonlyMap<string, number> | undefined): string {
  let best = '';
  let bestRows = 0;
  for (const [spelling, rows] of spellings ?? []) {
    if (rows > bestRows) {
      best = spelling;
      bestRows = rows;
    }
  }
  return best;
}
