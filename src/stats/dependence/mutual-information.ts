import type { Table } from '../tables/table.ts';
import { margins } from './margins.ts';

/**
 * Mutual information of a two-axis table, in nats (natural log; divide by ln 2
 * for bits): I = Σ p_ij ln(p_ij / (p_i· p_·j)), empty cells contributing 0.
 * The plug-in estimate: it grows with the number of cells even without
 * dependence, which is why pairs are also given a bias-corrected Cramér's V.
 */
export function mutualInformation(table: Table): number {
  const { rows, cols, n } = margins(table);
  if (n <= 0) return 0;
  const k = cols.length;
  let mi = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < k; j++) {
      const c = table.counts[i * k + j];
      if (c > 0) mi += (c / n) * Math.log((c * n) / (rows[i] * cols[j]));
    }
  }
  // Rounding can leave a tiny negative for independent tables.
  return Math.max(0, mi);
}
