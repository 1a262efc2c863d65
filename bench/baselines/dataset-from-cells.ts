import type { Column } from '../../src/stats/column.ts';
import type { Dataset } from '../../src/stats/dataset.ts';
import type { ColumnSchema } from '../../src/stats/schema.ts';
import type { Axis, BinnedAxis, CategoricalAxis } from '../../src/stats/tables/axis.ts';
import { missingCell, OTHER_LABEL } from '../../src/stats/tables/axis.ts';
import type { Targets } from '../../src/stats/tables/targets.ts';
import { NumericValueSampler } from '../../src/synth/engine/numeric-value-sampler.ts';
import { valueStep } from '../../src/synth/engine/value-grid.ts';
import type { Rng } from '../../src/synth/rng.ts';

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
 * value. "(other)" cannot be told apart any more, so it is written as the
 * label "(other)", which counts back into the "(other)" cell. Columns left
 * out of the targets come out all missing.
 */
export function datasetFromCells(options: DatasetFromCellsOptions): Dataset {
  const { targets, cells, rng } = options;
  if (cells.length !== targets.axes.length) throw new RangeError(`bench: ${cells.length} cell arrays for ${targets.axes.length} axes`);
  const rowCount = cells.length === 0 ? 0 : cells[0].length;
  const axisIndex = new Map(targets.axes.map((a, i) => [a.column, i]));
  const columns = targets.schema.columns.map((schema): Column => {
    const i = axisIndex.get(schema.name);
    if (i === undefined) return missingColumn(schema, rowCount);
    const axis: Axis = targets.axes[i];
    return axis.kind === 'categorical' ? categoricalColumn(axis, cells[i]) : numericColumn({ axis, schema, cells: cells[i], rng });
  });
  return { schema: targets.schema, columns, rowCount };
}

function categoricalColumn(axis: CategoricalAxis, cells: ArrayLike<number>): Column {
  const missing = missingCell(axis);
  // Cell c (categories, then "(other)") is code c + 1; code 0 is missing.
  const dictionary = [null, ...axis.categories, ...(axis.other ? [OTHER_LABEL] : [])];
  const codes = Uint32Array.from(cells, (c) => (c === missing ? 0 : c + 1));
  return { type: 'categorical', name: axis.column, dictionary, codes };
}

function numericColumn(options: { axis: BinnedAxis; schema: ColumnSchema; cells: ArrayLike<number>; rng: Rng }): Column {
  const { axis, schema, cells, rng } = options;
  // No fine marginal on purpose: the baselines draw uniformly inside a bin.
  const sampler = new NumericValueSampler({ axis, fine: undefined, step: valueStep(schema) });
  const values = Float64Array.from(cells, (cell) => sampler.draw(rng, { cell, range: null }));
  return { type: 'numeric', name: axis.column, values };
}

function missingColumn(schema: ColumnSchema, rowCount: number): Column {
  if (schema.kind === 'numeric' || schema.kind === 'datetime') return { type: 'numeric', name: schema.name, values: new Float64Array(rowCount).fill(Number.NaN) };
  return { type: 'categorical', name: schema.name, dictionary: [null], codes: new Uint32Array(rowCount) };
}
