import { cellGap, type CellGap } from '../../stats/gaps/cell-gap.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import type { TableCounts } from './table-counts.ts';

/**
 * The `limit` cells with the largest positive deficits across all tables
 * (ties: larger tables first), deficits counted at the rows wanted.
 */
export function topDeficits(options: { targets: Targets; counts: TableCounts; limit: number }): CellGap[] {
  const { targets, counts, limit } = options;
  const found: { t: number; cell: number; deficit: number }[] = [];
  let floor = 0;
  targets.tables.forEach((table, t) => {
    for (let cell = 0; cell < table.counts.length; cell++) {
      const deficit = counts.deficit(t, cell);
      if (deficit <= floor || deficit <= 0) continue;
      found.push({ t, cell, deficit });
      if (found.length > 4 * limit) {
        found.sort(order(targets));
        found.length = limit;
        floor = found[limit - 1].deficit;
      }
    }
  });
  found.sort(order(targets));
  return found.slice(0, limit).map(({ t, cell, deficit }) => cellGap({ target: targets.tables[t], synthetic: counts.tables[t], tableIndex: t, cell, deficit }));
}

function order(targets: Targets) {
  return (a: { t: number; cell: number; deficit: number }, b: { t: number; cell: number; deficit: number }): number =>
    b.deficit - a.deficit || targets.tables[b.t].axes.length - targets.tables[a.t].axes.length || a.t - b.t || a.cell - b.cell;
}
