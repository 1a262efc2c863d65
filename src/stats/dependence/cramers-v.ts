import type { Table } from '../tables/table.ts';
import { margins } from './margins.ts';

/**
 * Bias-corrected Cramér's V (Bergsma 2013, J. Korean Stat. Soc. 42:323–328):
 *   φ² = χ²/n,  φ²̃ = max(0, φ² − (k−1)(r−1)/(n−1)),
 *   r̃ = r − (r−1)²/(n−1),  k̃ = k − (k−1)²/(n−1),
 *   Ṽ = sqrt(φ²̃ / min(k̃−1, r̃−1)).
 * r and k count only non-empty rows and columns: the always-present missing
 * and "(other)" cells are often empty and would otherwise inflate the correction.
 * 0 when either side has fewer than two non-empty cells (no variation to share).
 */
export function cramersV(table: Table): number {
  const { rows, cols, n } = margins(table);
  const r = rows.filter((x) => x > 0).length;
  const k = cols.filter((x) => x > 0).length;
  if (r < 2 || k < 2 || n < 2) return 0;
  let chi2 = 0;
  const width = cols.length;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] === 0) continue;
    for (let j = 0; j < width; j++) {
      if (cols[j] === 0) continue;
      const expected = (rows[i] * cols[j]) / n;
      const d = table.counts[i * width + j] - expected;
      chi2 += (d * d) / expected;
    }
  }
  const phi2 = Math.max(0, chi2 / n - ((k - 1) * (r - 1)) / (n - 1));
  const rTilde = r - (r - 1) ** 2 / (n - 1);
  const kTilde = k - (k - 1) ** 2 / (n - 1);
  const denominator = Math.min(kTilde - 1, rTilde - 1);
  return denominator > 0 ? Math.sqrt(phi2 / denominator) : 0;
}
