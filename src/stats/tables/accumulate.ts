import type { CellArray } from './axis-cells.ts';
import { countInLanes, lanesPay } from './count-in-lanes.ts';
import { rowMajorStrides } from './row-major-strides.ts';
import type { Table } from './table.ts';

/**
 * Adds (sign +1) or removes (sign −1) records given by their per-axis cells
 * (cells[j][i] = cell of record i on axis j), in one pass. Arity 1–3 get their
 * own loops: the general loop's inner stride sum costs ~2× on the 66-pair path.
 * Removing records that were never added makes counts negative: callers remove
 * only what they added.
 */
export function accumulate(table: Table, options: { cells: readonly CellArray[]; sign: 1 | -1 }): void {
  const { cells, sign } = options;
  const { counts, shape } = table;
  if (cells.length !== shape.length) throw new RangeError(`tables: ${cells.length} cell arrays for a ${shape.length}-axis table`);
  const n = cells[0].length;
  for (const c of cells) if (c.length !== n) throw new RangeError('tables: cell arrays of different lengths');
  if (cells.length <= 2 && lanesPay(n, counts.length)) {
    countInLanes({ counts, a: cells[0], b: cells[1], width: shape[1] ?? 1, sign });
  } else if (cells.length === 1) {
    const a = cells[0];
    for (let i = 0; i < n; i++) counts[a[i]] += sign;
  } else if (cells.length === 2) {
    const [a, b] = cells;
    const sa = shape[1];
    for (let i = 0; i < n; i++) counts[a[i] * sa + b[i]] += sign;
  } else if (cells.length === 3) {
    const [a, b, c] = cells;
    const sb = shape[2];
    const sa = shape[1] * sb;
    for (let i = 0; i < n; i++) counts[a[i] * sa + b[i] * sb + c[i]] += sign;
  } else {
    const strides = rowMajorStrides(shape);
    for (let i = 0; i < n; i++) {
      let flat = 0;
      for (let j = 0; j < cells.length; j++) flat += cells[j][i] * strides[j];
      counts[flat] += sign;
    }
  }
  table.total += sign * n;
}
