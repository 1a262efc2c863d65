import { rowMajorStrides } from '../../stats/tables/row-major-strides.ts';
import type { Targets } from '../../stats/tables/targets.ts';

/** Where each target table's axes sit in `targets.axes`, and its row-major strides. */
export interface TableLayout {
  readonly axes: readonly number[];
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
    return { axes, strides: rowMajorStrides(table.shape), size: table.counts.length };
  });
}

/** Flat cell of a record (its per-axis cells) in one table. */
export function flatCell(layout: TableLayout, cells: ArrayLike<number>): number {
  let flat = 0;
  for (let j = 0; j < layout.axes.length; j++) flat += cells[layout.axes[j]] * layout.strides[j];
  return flat;
}
