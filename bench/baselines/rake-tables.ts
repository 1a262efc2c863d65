import { rowMajorStrides } from '../../src/stats/tables/row-major-strides.ts';
import type { Axis } from '../../src/stats/tables/axis.ts';
import { axisSize } from '../../src/stats/tables/axis.ts';
import type { Table } from '../../src/stats/tables/table.ts';

export interface RakeOptions {
  /** The axes of the product space, row-major (the last varies fastest, as in Table). */
  readonly axes: readonly Axis[];
  /** Target tables; each axis of a table must be one of `axes` (matched by column). */
  readonly tables: readonly Table[];
  /** Stop when no sweep factor differs from 1 by more than this; default 1e-10. */
  readonly tolerance?: number;
  /** Default 1,000. */
  readonly maxSweeps?: number;
  /** Refuse product spaces larger than this; default 5,000,000. */
  readonly maxCells?: number;
}

export interface RakeResult {
  /** Fitted weight of every cell of the product space; sums to the tables' total. */
  readonly weights: Float64Array;
  readonly sweeps: number;
  /** Largest |factor − 1| of the last sweep: below the tolerance when converged. */
  readonly maxChange: number;
}

export const DEFAULT_MAX_CELLS = 5_000_000;

/**
 * Iterative proportional fitting (Deming & Stephan 1940; "raking"): start from
 * a uniform weight on every cell of the product of all axes, then, table after
 * table, scale the cells that fall in each table cell so their sum equals the
 * target count. Sweeps repeat until the factors are all 1 within `tolerance`.
 * With consistent targets (all counted from one dataset) and a positive start,
 * the fit converges to the maximum-entropy table matching every target.
 */
export function rakeTables(options: RakeOptions): RakeResult {
  const { axes, tables } = options;
  const tolerance = options.tolerance ?? 1e-10;
  const maxSweeps = options.maxSweeps ?? 1000;
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const shape = axes.map(axisSize);
  const size = shape.reduce((a, b) => a * b, 1);
  if (size > maxCells) {
    throw new RangeError(
      `ipf: the product of all axes has ${size.toLocaleString('en')} cells (${shape.join(' × ')}), over the limit of ${maxCells.toLocaleString('en')}; use fewer columns or bins`,
    );
  }
  const maps = tables.map((table) => tableCellOfEachCell({ axes, shape, size, table }));
  const weights = new Float64Array(size).fill(1);
  let sweeps = 0;
  let maxChange = Number.POSITIVE_INFINITY;
  while (sweeps < maxSweeps && maxChange > tolerance) {
    maxChange = 0;
    tables.forEach((table, t) => {
      maxChange = Math.max(maxChange, rakeOnce({ weights, map: maps[t], target: table.counts }));
    });
    sweeps++;
  }
  return { weights, sweeps, maxChange };
}

/** One raking step on one table; returns the largest |factor − 1| over cells that had weight. */
function rakeOnce(options: { weights: Float64Array; map: Uint32Array; target: Float64Array }): number {
  const { weights, map, target } = options;
  const sums = new Float64Array(target.length);
  for (let p = 0; p < weights.length; p++) sums[map[p]] += weights[p];
  const factors = new Float64Array(target.length);
  let change = 0;
  for (let c = 0; c < target.length; c++) {
    // A cell with no weight stays at 0 whatever its target (it cannot be scaled up).
    if (sums[c] === 0) continue;
    factors[c] = target[c] / sums[c];
    change = Math.max(change, Math.abs(factors[c] - 1));
  }
  for (let p = 0; p < weights.length; p++) weights[p] *= factors[map[p]];
  return change;
}

/** For every product-space cell, the flat index of the table cell it falls in. */
function tableCellOfEachCell(options: { axes: readonly Axis[]; shape: readonly number[]; size: number; table: Table }): Uint32Array {
  const { axes, shape, size, table } = options;
  const strides = rowMajorStrides(shape);
  const tableStrides = rowMajorStrides(table.shape);
  const dims = table.axes.map((axis, j) => {
    const d = axes.findIndex((a) => a.column === axis.column);
    if (d < 0) throw new RangeError(`ipf: table axis "${axis.column}" is not one of the product axes (${axes.map((a) => a.column).join(', ')})`);
    if (shape[d] !== table.shape[j]) throw new RangeError(`ipf: axis "${axis.column}" has ${shape[d]} cells in the product and ${table.shape[j]} in a table`);
    return { stride: strides[d], size: shape[d], tableStride: tableStrides[j] };
  });
  const map = new Uint32Array(size);
  for (let p = 0; p < size; p++) {
    let cell = 0;
    for (const d of dims) cell += (Math.floor(p / d.stride) % d.size) * d.tableStride;
    map[p] = cell;
  }
  return map;
}
