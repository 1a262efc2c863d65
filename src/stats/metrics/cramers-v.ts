import { chiSquare } from '../dependence/chi-square.ts';

/**
 * Cramér's V of a contingency table, no Yates correction:
 * V = sqrt(chi2 / (n * (min(r, c) - 1))), r and c counting the rows and columns
 * that occur. NaN when fewer than 2 rows or 2 columns remain. This is the
 * real-data association SDMetrics ContingencySimilarity thresholds at 0.3
 * (0.29.0, scipy.stats.chi2_contingency(correction=False)).
 */
export function cramersV(counts: Float64Array, columnCount: number): number {
  const { chi2, n, rows, cols } = chiSquare(counts, columnCount);
  if (rows < 2 || cols < 2) return Number.NaN;
  return Math.sqrt(chi2 / (n * (Math.min(rows, cols) - 1)));
}
