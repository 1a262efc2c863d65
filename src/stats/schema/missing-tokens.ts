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
