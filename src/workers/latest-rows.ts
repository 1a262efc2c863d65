import { cutCell } from '../stats/cut-cell.ts';
import type { Dataset } from '../stats/dataset.ts';
import { InputError } from '../stats/input-error.ts';
import { formatValue } from '../stats/export/format-value.ts';
import type { DataPreview } from './synth-api.ts';

/** Rows the kiosk shows at most. */
export const LATEST_ROWS_MAX = 20;
/** Reading the rows finalizes the whole store: a demo-sized run only. */
export const LATEST_ROWS_RUN_MAX = 100_000;

/**
 * The last `n` synthetic rows of a run (the ones most recently made), written as the CSV would write them and cut
 * like a preview: what the kiosk shows appearing. Synthetic rows only, never the source's.
 */
export function latestRows(dataset: Dataset, n: number): DataPreview {
  if (dataset.rowCount > LATEST_ROWS_RUN_MAX)
    throw new InputError(
      `synth: the latest rows are read for runs of at most ${LATEST_ROWS_RUN_MAX.toLocaleString('en')} rows (this one has ${dataset.rowCount.toLocaleString('en')})`,
    );
  const count = Math.max(0, Math.min(Math.floor(n) || 0, LATEST_ROWS_MAX, dataset.rowCount));
  const rows: string[][] = [];
  for (let row = dataset.rowCount - 1; row >= dataset.rowCount - count; row--) {
    rows.push(dataset.columns.map((column, c) => cutCell(formatValue({ column, schema: dataset.schema.columns[c], row }))));
  }
  return { columns: dataset.schema.columns.map((c) => cutCell(c.name)), rows, long: [] };
}
