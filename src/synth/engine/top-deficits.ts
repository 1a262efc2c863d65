import type { Targets } from '../../stats/tables/targets.ts';
import { cellCoords, cellLabels } from '../../stats/tables/table.ts';
import type { CellDeficit } from '../planner/planner.ts';
import type { TableCounts } from './table-counts.ts';

/** The `limit` cells with the largest positive deficits across all tables (ties: larger tables first). */
export function topDeficits(options: { targets: Targets; counts: TableCounts; limit: number }): CellDeficit[] {
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
  return found.slice(0, limit).map(({ t, cell, deficit }) => {
    const target = targets.tables[t];
    const synthetic = counts.tables[t];
    return {
      table: t,
      columns: target.axes.map((a) => a.column),
      coords: cellCoords(target, cell),
      labels: cellLabels(target, cell),
      deficit,
      targetShare: target.total > 0 ? target.counts[cell] / target.total : 0,
      syntheticShare: synthetic.total > 0 ? synthetic.counts[cell] / synthetic.total : 0,
    };
  });
}

function order(targets: Targets) {
  return (a: { t: number; cell: number; deficit: number }, b: { t: number; cell: number; deficit: number }): number =>
    b.deficit - a.deficit || targets.tables[b.t].axes.length - targets.tables[a.t].axes.length || a.t - b.t || a.cell - b.cell;
}
