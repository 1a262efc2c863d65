import type { Dataset } from '../../src/stats/dataset.ts';
import { COUNT_COLUMN } from './load-trips.ts';

/**
 * One variable's marginal from an aggregate table (variables + a count
 * column): each value with the sum of the counts of the cells holding it.
 * Errors name the table's columns when the variable or count is missing or
 * a count is not a finite non-negative number.
 */
export function sourceMarginal(table: Dataset, variable: string, count: string = COUNT_COLUMN): Map<string, number> {
  const column = table.columns.find((c) => c.name === variable);
  const weights = table.columns.find((c) => c.name === count);
  const names = table.columns.map((c) => c.name).join(', ');
  if (column?.type !== 'categorical') throw new RangeError(`bench: the source table has no categorical column "${variable}" (columns: ${names})`);
  if (weights?.type !== 'numeric') throw new RangeError(`bench: the source table has no numeric column "${count}" (columns: ${names})`);
  const marginal = new Map<string, number>();
  for (let i = 0; i < table.rowCount; i++) {
    const w = weights.values[i];
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`bench: row ${i + 1} of the source table has count ${w}`);
    const value = column.dictionary[column.codes[i]] ?? '';
    marginal.set(value, (marginal.get(value) ?? 0) + w);
  }
  return marginal;
}

/** Sum of the count column: the number of trips an aggregate table describes. */
export function sourceTotal(table: Dataset, count: string = COUNT_COLUMN): number {
  const weights = table.columns.find((c) => c.name === count);
  if (weights?.type !== 'numeric') throw new RangeError(`bench: the source table has no numeric column "${count}"`);
  return weights.values.reduce((s, v) => s + v, 0);
}
