import type { Column } from './column.ts';
import type { Dataset } from './dataset.ts';

/** The rows `rows` (indexes, in the order given) of a dataset, same schema and dictionaries. */
export function pickRows(dataset: Dataset, rows: Uint32Array): Dataset {
  const columns = dataset.columns.map((column): Column => {
    if (column.type === 'numeric') {
      const values = new Float64Array(rows.length);
      rows.forEach((r, i) => (values[i] = column.values[r]));
      return { ...column, values };
    }
    const codes = new Uint32Array(rows.length);
    rows.forEach((r, i) => (codes[i] = column.codes[r]));
    return { ...column, codes };
  });
  return { schema: dataset.schema, columns, rowCount: rows.length };
}
