import type { Table } from '../tables/table.ts';

/**
 * Zeroes every cell holding 1…minCount−1 records and spreads their records
 * over the table's other cells in proportion, so the total (and every share
 * but the suppressed ones' neighbours') stays meaningful. Returns how many
 * cells and records were suppressed. A table where every non-empty cell is
 * small is left as it is: there is nothing to spread onto (and its marginals
 * were already protected by pooling).
 */
export function suppressSmallCells(table: Table, minCount: number): { cells: number; records: number } {
  if (minCount <= 1) return { cells: 0, records: 0 };
  let cells = 0;
  let records = 0;
  let kept = 0;
  for (const c of table.counts) {
    if (c > 0 && c < minCount) {
      cells++;
      records += c;
    } else kept += c;
  }
  if (cells === 0 || kept === 0) return { cells: 0, records: 0 };
  const scale = (kept + records) / kept;
  for (let i = 0; i < table.counts.length; i++) {
    const c = table.counts[i];
    table.counts[i] = c > 0 && c < minCount ? 0 : c * scale;
  }
  return { cells, records };
}
