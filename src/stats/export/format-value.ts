import type { Column } from '../column.ts';
import type { ColumnSchema } from '../schema.ts';
import { formatDatetime } from '../schema/format-datetime.ts';
import { formatNumber } from './format-number.ts';

/**
 * The text of row `row` of a column as the input wrote it: numbers with the
 * column's decimals, datetimes in the column's format, categories as their
 * string, missing as the column's missing token ('' unless the input wrote
 * '?', 'NA'…). No quoting: that is the file format's business.
 */
export function formatValue(cell: { column: Column; schema: ColumnSchema; row: number }): string {
  const { column, schema, row } = cell;
  const missing = schema.missingToken ?? '';
  if (column.type === 'categorical') return column.dictionary[column.codes[row]] ?? missing;
  const value = column.values[row];
  if (Number.isNaN(value)) return missing;
  if (schema.kind === 'datetime') return formatDatetime(value, schema.format);
  if (schema.kind === 'numeric') return formatNumber(value, schema);
  // A numeric column under a categorical kind cannot come out of encodeDataset; write the plain number.
  return String(value);
}
