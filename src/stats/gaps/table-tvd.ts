import type { Table } from '../tables/table.ts';

/** Share of a cell: count / total, 0 for an empty table (the synthetic set starts empty). */
export function cellShare(table: Table, cell: number): number {
  return table.total > 0 ? table.counts[cell] / table.total : 0;
}

/**
 * Total variation distance between two tables on the same axes:
 * 0.5 Σ |p − q| over cells, in [0, 1] (SDMetrics TVComplement is 1 − this).
 */
export function tableTvd(target: Table, synthetic: Table): number {
  checkSameShape(target, synthetic);
  let sum = 0;
  for (let i = 0; i < target.counts.length; i++) sum += Math.abs(cellShare(target, i) - cellShare(synthetic, i));
  return 0.5 * sum;
}

export function checkSameShape(target: Table, synthetic: Table): void {
  const same =
    target.axes.length === synthetic.axes.length &&
    target.axes.every((a, j) => a.column === synthetic.axes[j].column && a.labels.length === synthetic.axes[j].labels.length);
  if (!same) throw new RangeError('gaps: target and synthetic tables are not on the same axes');
}
