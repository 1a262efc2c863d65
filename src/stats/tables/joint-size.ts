import { InputError } from '../input-error.ts';
import { MAX_TABLE_CELLS } from '../stats-json/stats-json-limits.ts';
import { axisSize, type Axis } from './axis.ts';

/** Cells of a joint table on these axes: the product of their sizes. */
export const jointCells = (axes: readonly Axis[]): number => axes.reduce((n, a) => n * axisSize(a), 1);

/**
 * Refuses a joint table larger than a stats.json may hold (MAX_TABLE_CELLS), before
 * anything is counted or scored on it: seven penguin columns at 32 bins make 32
 * million cells, and scoring them ran for minutes in 3 GB before this check.
 */
export function checkJointSize(axes: readonly Axis[]): void {
  const cells = jointCells(axes);
  if (cells <= MAX_TABLE_CELLS) return;
  throw new InputError(
    `tables: joint "${axes.map((a) => a.column).join(', ')}" would have ${cells.toLocaleString('en')} cells (the product of its columns' categories and bins), ` +
      `more than the ${MAX_TABLE_CELLS.toLocaleString('en')} a table may have; join fewer columns, or use fewer bins and categories`,
  );
}
