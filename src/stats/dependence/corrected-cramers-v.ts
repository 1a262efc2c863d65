import type { Table } from '../tables/table.ts';
import { chiSquare } from './chi-square.ts';

/**
 * Bias-corrected Cramér's V (Bergsma 2013, J. Korean Stat. Soc. 42:323–328):
 *   φ² = χ²/n,  φ²̃ = max(0, φ² − (k−1)(r−1)/(n−1)),
 *   r̃ = r − (r−1)²/(n−1),  k̃ = k − (k−1)²/(n−1),
 *   Ṽ = sqrt(φ²̃ / min(k̃−1, r̃−1)).
 * r and k count only non-empty rows and columns (see chi-square.ts).
 * 0 when either side has fewer than two non-empty cells (no variation to share).
 */
export function correctedCramersV(table: Table): number {
  if (table.shape.length !== 2) throw new RangeError(`dependence: needs a two-axis table, got ${table.shape.length} axes`);
  const { chi2, n, rows: r, cols: k } = chiSquare(table.counts, table.shape[1]);
  if (r < 2 || k < 2 || n < 2) return 0;
  const phi2 = Math.max(0, chi2 / n - ((k - 1) * (r - 1)) / (n - 1));
  const rTilde = r - (r - 1) ** 2 / (n - 1);
  const kTilde = k - (k - 1) ** 2 / (n - 1);
  const denominator = Math.min(kTilde - 1, rTilde - 1);
  return denominator > 0 ? Math.sqrt(phi2 / denominator) : 0;
}
