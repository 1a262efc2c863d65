import type { ColumnSchema } from '../schema.ts';
import { datetimeResolution } from './datetime-format.ts';

/**
 * The spacing of the values a column can hold as written: 1 for integers,
 * 10^−d for d decimals, for datetimes the finest unit their format writes
 * (a day, a second, a microsecond…); 0 for categories. Part of the schema,
 * so public under differential privacy like the column types.
 */
export function valueStep(column: ColumnSchema): number {
  if (column.kind === 'numeric') return column.integer ? 1 : 10 ** -column.decimals;
  if (column.kind === 'datetime') return datetimeResolution(column.format);
  return 0;
}
