import type { Axis } from './axis.ts';
import { axisSize } from './axis.ts';

/**
 * A contingency table: counts over the cells of its axes, row-major (the last
 * axis varies fastest), so cell (i, j) of a 2-D table is counts[i·shape[1] + j].
 * `total` is the number of records counted (every record lands in exactly one
 * cell, missing included), kept so shares are counts / total.
 */
export interface Table {
  readonly axes: readonly Axis[];
  readonly shape: readonly number[];
  readonly counts: Float64Array;
  total: number;
}

export function emptyTable(axes: readonly Axis[]): Table {
  if (axes.length === 0) throw new RangeError('tables: a table needs at least one axis');
  const shape = axes.map(axisSize);
  return { axes, shape, counts: new Float64Array(shape.reduce((a, b) => a * b, 1)), total: 0 };
}

/** A zero table on the same axes (for counting synthetic data against targets). */
export function emptyLike(table: Table): Table {
  return emptyTable(table.axes);
}

/** "a × b": how tables are named in gaps, errors and stats.json. */
export function tableName(table: Table): string {
  return table.axes.map((a) => a.column).join(' × ');
}

/** Per-axis cell indices of a flat cell index. */
export function cellCoords(table: Table, flat: number): number[] {
  const coords = new Array<number>(table.shape.length);
  let rest = flat;
  for (let j = table.shape.length - 1; j >= 0; j--) {
    coords[j] = rest % table.shape[j];
    rest = Math.floor(rest / table.shape[j]);
  }
  return coords;
}

/** Per-axis labels of a flat cell index. */
export function cellLabels(table: Table, flat: number): string[] {
  return cellCoords(table, flat).map((c, j) => table.axes[j].labels[c]);
}
