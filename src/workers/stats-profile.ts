import type { ColumnProfile } from '../stats/schema/profile-columns.ts';
import { missingCell } from '../stats/tables/axis.ts';
import type { Targets } from '../stats/tables/targets.ts';

/**
 * What the schema table shows for imported target tables: missing rows and
 * occupied cells read off each column's marginal (no rows exist to count).
 * Excluded columns have no marginal and show zeros.
 */
export function statsProfile(targets: Targets): ColumnProfile[] {
  return targets.schema.columns.map((c) => {
    const table = targets.tables.find((t) => t.axes.length === 1 && t.axes[0].column === c.name);
    if (!table) return { name: c.name, missing: 0, missingShare: 0, distinct: 0 };
    const miss = missingCell(table.axes[0]);
    const missing = table.counts[miss];
    let distinct = 0;
    table.counts.forEach((count, cell) => {
      if (cell !== miss && count > 0) distinct++;
    });
    return { name: c.name, missing, missingShare: table.total > 0 ? missing / table.total : 0, distinct };
  });
}
