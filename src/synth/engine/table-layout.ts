import { coarseMap } from '../../stats/tables/coarse-map.ts';
import { rowMajorStrides } from '../../stats/tables/row-major-strides.ts';
import type { Targets } from '../../stats/tables/targets.ts';

/** Where each target table's axes sit in `targets.axes`, and its row-major strides. */
export interface TableLayout {
  readonly axes: readonly number[];
  /**
   * Per table axis: null when it is the column's own axis, else the table's
   * cell for each of the column's cells (a coarser binning, joint-group.ts).
   */
  readonly maps: readonly (Int32Array | null)[];
  readonly strides: readonly number[];
  readonly size: number;
}

export function tableLayouts(targets: Targets): TableLayout[] {
  const index = new Map(targets.axes.map((a, i) => [a.column, i]));
  return targets.tables.map((table) => {
    const axes = table.axes.map((a) => {
      const i = index.get(a.column);
      if (i === undefined) throw new RangeError(`synth: table axis "${a.column}" is not among the target axes`);
      return i;
    });
    const maps = table.axes.map((a, j) => coarseMap(targets.axes[axes[j]], a));
    return { axes, maps, strides: rowMajorStrides(table.shape), size: table.counts.length };
  });
}

/** A record's cell on table axis j, given its per-column cells. */
export function tableCell(layout: TableLayout, j: number, cells: ArrayLike<number>): number {
  const cell = cells[layout.axes[j]];
  const map = layout.maps[j];
  return map ? map[cell] : cell;
}
