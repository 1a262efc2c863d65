import type { Dataset } from '../../stats/dataset.ts';
import { strideSample } from '../../stats/metrics/stride-sample.ts';
import { axisCells } from '../../stats/tables/axis-cells.ts';
import type { Axis } from '../../stats/tables/axis.ts';
import { findColumn } from '../../stats/tables/find-column.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { compileRules, type CompiledRule } from './compile-rules.ts';

/** Rows read to count how often real records break a rule: a share to a few tenths of a percent. */
export const BREAK_SAMPLE_ROWS = 100_000;

export interface BrokenCount {
  /** Rows read (all of them up to BREAK_SAMPLE_ROWS, else evenly spread). */
  readonly rows: number;
  /** Per rule, the rows of those that break it. */
  readonly broken: readonly number[];
}

/**
 * How many rows of a real table break each rule, read as the loop reads a
 * record (the cell of every axis, the value of every number column), so a
 * suggested rule can be judged before it is accepted: one the real data
 * breaks often is a tendency, not a rule, and enforcing it would bend the
 * synthetic data away from the real.
 */
export function countBroken(rules: readonly CompiledRule[], data: { dataset: Dataset; axes: readonly Axis[] }): BrokenCount {
  const { dataset, axes } = data;
  const rows = strideSample(dataset.rowCount, BREAK_SAMPLE_ROWS);
  const cellsByAxis = axes.map((axis) => axisCells(axis, dataset, rows));
  const valuesByAxis = axes.map((axis) => {
    const column = findColumn(dataset, axis.column);
    return column.type === 'numeric' ? column.values : null;
  });
  const cells = new Float64Array(axes.length);
  const values = new Float64Array(axes.length).fill(Number.NaN);
  const broken = rules.map(() => 0);
  for (let k = 0; k < rows.length; k++) {
    for (let a = 0; a < axes.length; a++) {
      cells[a] = cellsByAxis[a][k];
      const v = valuesByAxis[a];
      if (v) values[a] = v[rows[k]];
    }
    for (let r = 0; r < rules.length; r++) if (rules[r].broken(cells, values)) broken[r]++;
  }
  return { rows: rows.length, broken };
}

/**
 * countBroken for rules given as text, over `rows` (the training rows the targets were built from); null without
 * rows, and under differential privacy, whose budget covers the noisy tables only: the rows are not read again.
 */
export function countBrokenTexts(texts: readonly string[], options: { targets: Targets; rows: Dataset | null }): BrokenCount | null {
  const { targets, rows } = options;
  if (!rows || targets.dp) return null;
  return countBroken(compileRules(texts, targets), { dataset: rows, axes: targets.axes });
}
