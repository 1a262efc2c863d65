import type { Dataset } from '../dataset.ts';
import type { Axis } from './axis.ts';
import type { CellArray } from './axis-cells.ts';
import { axisCells } from './axis-cells.ts';

/**
 * Memoised `axisCells` for one dataset (and row selection): each axis is coded
 * once however many tables it appears in (an axis is in 11 of 66 pairs).
 */
export function axisCellCache(dataset: Dataset, rows?: ArrayLike<number>): (axis: Axis) => CellArray {
  const cache = new Map<Axis, CellArray>();
  return (axis) => {
    let cells = cache.get(axis);
    if (!cells) {
      cells = axisCells(axis, dataset, rows);
      cache.set(axis, cells);
    }
    return cells;
  };
}
