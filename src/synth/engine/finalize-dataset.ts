import type { Column } from '../../stats/column.ts';
import type { Dataset } from '../../stats/dataset.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { categoricalColumnFromCells, excludedColumn } from './column-from-cells.ts';
import type { RecordStore } from './record-store.ts';

/**
 * The synthetic records as a Dataset in the targets' schema, columns in the
 * input's order. Missing cells stay plain missing (code 0, NaN): the schema
 * carries how each column spells them (missingToken), and the writer uses it.
 */
export function finalizeDataset(options: { targets: Targets; store: RecordStore }): Dataset {
  const { targets, store } = options;
  const n = store.length;
  const axisIndex = new Map(targets.axes.map((a, i) => [a.column, i]));
  const columns: Column[] = targets.schema.columns.map((schema) => {
    const a = axisIndex.get(schema.name);
    if (a === undefined) return excludedColumn(schema, n);
    const axis = targets.axes[a];
    if (axis.kind === 'binned') return { type: 'numeric', name: schema.name, values: store.columnValues(a) };
    return categoricalColumnFromCells(axis, store.columnCells(a));
  });
  return { schema: targets.schema, columns, rowCount: n };
}
