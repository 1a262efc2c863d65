import type { Schema, ColumnSchema } from '../../stats/schema.ts';

/**
 * The spacing of the values a column can hold as written: 1 for integers,
 * 10^−d for d decimals, a day / second / millisecond for datetimes by their
 * format. Sampled values are put on this grid so they look like the input.
 */
export function valueStep(column: ColumnSchema): number {
  if (column.kind === 'numeric') return column.integer ? 1 : 10 ** -column.decimals;
  if (column.kind === 'datetime') {
    const f = column.format;
    if (f.includes('%f')) return 1;
    if (f.includes('%S')) return 1000;
    if (f.includes('%M')) return 60_000;
    if (f.includes('%H') || f.includes('%I')) return 3_600_000;
    return 86_400_000;
  }
  return 0;
}

/** Decimals to round to so k·step prints exactly (0.1·3 is 0.30000000000000004). */
export function stepDecimals(step: number): number {
  if (step >= 1) return 0;
  return Math.min(15, Math.round(-Math.log10(step)));
}

export function stepsBySchemaColumn(schema: Schema): Map<string, number> {
  return new Map(schema.columns.map((c) => [c.name, valueStep(c)]));
}
