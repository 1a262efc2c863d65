import type { ColumnSchema } from '../../stats/schema.ts';
import { datetimeResolution } from '../../stats/schema/datetime-format.ts';

/**
 * The spacing of the values a column can hold as written: 1 for integers,
 * 10^−d for d decimals, for datetimes the finest unit their format writes
 * (a day, a second, a microsecond…). Sampled values are put on this grid so
 * they look like the input.
 */
export function valueStep(column: ColumnSchema): number {
  if (column.kind === 'numeric') return column.integer ? 1 : 10 ** -column.decimals;
  if (column.kind === 'datetime') return datetimeResolution(column.format);
  return 0;
}

/** Decimals to round to so k·step prints exactly (0.1·3 is 0.30000000000000004). */
export function stepDecimals(step: number): number {
  if (step >= 1) return 0;
  return Math.min(15, Math.round(-Math.log10(step)));
}
