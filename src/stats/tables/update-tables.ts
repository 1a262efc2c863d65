import type { Dataset } from '../dataset.ts';
import { accumulate } from './accumulate.ts';
import { axisCellCache } from './axis-cell-cache.ts';
import type { Table } from './table.ts';

export interface TableBatch {
  /** Records to add or remove: a dataset of the tables' columns (any dictionary). */
  readonly dataset: Dataset;
  /** Only these rows of `dataset`; all rows when absent. */
  readonly rows?: ArrayLike<number>;
  /** +1 adds the records, −1 removes them. */
  readonly sign: 1 | -1;
}

/**
 * Adds or removes a batch of records in every table, at a cost proportional to
 * the batch (plus each categorical dictionary once), not to the data already
 * counted: the loop calls this every iteration (LLMSynthor §3.3).
 */
export function updateTables(tables: readonly Table[], batch: TableBatch): void {
  const cellsOf = axisCellCache(batch.dataset, batch.rows);
  for (const table of tables) accumulate(table, { cells: table.axes.map(cellsOf), sign: batch.sign });
}

export function updateTable(table: Table, batch: TableBatch): void {
  updateTables([table], batch);
}
