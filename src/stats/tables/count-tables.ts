import type { Dataset } from '../dataset.ts';
import type { Axis } from './axis.ts';
import type { Table } from './table.ts';
import { emptyTable } from './table.ts';
import { updateTables } from './update-tables.ts';

/** Tables over the given axis groups, counted from `dataset` in one pass each. */
export function countTables(groups: readonly (readonly Axis[])[], dataset: Dataset): Table[] {
  const tables = groups.map((axes) => emptyTable(axes));
  updateTables(tables, { dataset, sign: 1 });
  return tables;
}

/** The same tables (same axes) counted from another dataset, e.g. the synthetic one. */
export function countLike(tables: readonly Table[], dataset: Dataset): Table[] {
  return countTables(
    tables.map((t) => t.axes),
    dataset,
  );
}
