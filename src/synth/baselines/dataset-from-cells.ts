import type { Column } from '../../stats/column.ts';
import type { Dataset } from '../../stats/dataset.ts';
import type { ColumnSchema } from '../../stats/schema.ts';
import type { Axis, BinnedAxis } from '../../stats/tables/axis.ts';
import { categoricalColumnFromCells, excludedColumn } from '../engine/column-from-cells.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { NumericValueSampler } from '../engine/numeric-value-sampler.ts';
import { valueStep } from '../../stats/schema/value-step.ts';
import type { Rng } from '../rng.ts';

export interface DatasetFromCellsOptions {
  readonly targets: Targets;
  /** Per axis of `targets.axes` (same order), the cell of every record; all the same length. */
  readonly cells: readonly ArrayLike<number>[];
  readonly rng: Rng;
}

/**
 * Records from cells: a category cell becomes that category, a numeric bin a
 * value drawn uniformly inside it on the column's grid of written values
 * (the engine's sampler without a fine marginal: the paper samples uniformly
 * inside a range, LLMSynthor §3.3), the missing cell a missing
 * value (see column-from-cells.ts for "(other)" and columns left out).
 */
export function datasetFromCells(options: DatasetFromCellsOptions): Dataset {
  const { targets, cells, rng } = options;
  if (cells.length !== targets.axes.length) throw new RangeError(`synth: ${cells.length} cell arrays for ${targets.axes.length} axes`);
  const rowCount = cells.length === 0 ? 0 : cells[0].length;
  const axisIndex = new Map(targets.axes.map((a, i) => [a.column, i]));
  const columns = targets.schema.columns.map((schema): Column => {
    const i = axisIndex.get(schema.name);
    if (i === undefined) return excludedColumn(schema, rowCount);
    const axis: Axis = targets.axes[i];
    return axis.kind === 'categorical' ? categoricalColumnFromCells(axis, cells[i]) : numericColumn({ axis, schema, cells: cells[i], rng });
  });
  return { schema: targets.schema, columns, rowCount };
}

function numericColumn(options: { axis: BinnedAxis; schema: ColumnSchema; cells: ArrayLike<number>; rng: Rng }): Column {
  const { axis, schema, cells, rng } = options;
  // No fine marginal on purpose: the baselines draw uniformly inside a bin.
  const sampler = new NumericValueSampler({ axis, fine: undefined, step: valueStep(schema) });
  const values = Float64Array.from(cells, (cell) => sampler.draw(rng, { cell, range: null }));
  return { type: 'numeric', name: axis.column, values };
}
