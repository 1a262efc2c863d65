import type { Dataset } from '../../dataset.ts';
import { InputError } from '../../input-error.ts';
import { evaluatedColumns } from '../evaluated-columns.ts';
import { valueCounts } from './value-counts.ts';

export type UtilityTask = 'binary' | 'multiclass' | 'regression';

/** The column to predict and how, fitted on the real training rows. */
export interface UtilityTarget {
  readonly column: string;
  readonly task: UtilityTask;
  /** Label i is classes[i]; binary: [negative, positive]. Empty for regression. */
  readonly classes: readonly string[];
}

export interface TargetOptions {
  readonly column: string;
  /** Binary targets only; default: the class the real rows hold less often. */
  readonly positive?: string;
}

/**
 * A numeric or datetime target is a regression; a categorical or boolean one a
 * classification over the classes the real training rows hold (missing is not a
 * class: rows without a target are left out of training and testing).
 */
export function fitTarget(real: Dataset, { column, positive }: TargetOptions): UtilityTarget {
  const index = real.schema.columns.findIndex((c) => c.name === column);
  if (index < 0) throw new InputError(`utility: target "${column}" is not a column (columns: ${real.schema.columns.map((c) => c.name).join(', ')})`);
  const kind = real.schema.columns[index].kind;
  if (!evaluatedColumns(real).includes(index)) {
    throw new InputError(
      `utility: target "${column}" is of kind ${kind}, which the metrics leave out; choose a categorical, boolean, numeric or datetime column`,
    );
  }
  const data = real.columns[index];
  if (data.type === 'numeric') {
    if (positive !== undefined) throw new InputError(`utility: a positive class applies to a binary target; "${column}" is ${kind}`);
    const values = new Set(data.values.filter((v) => !Number.isNaN(v)));
    if (values.size < 2) {
      const held = values.size === 0 ? 'no values' : `a single value (${[...values][0]})`;
      throw new InputError(`utility: target "${column}" has ${held} in the real data; nothing to predict; choose another column`);
    }
    return { column, task: 'regression', classes: [] };
  }
  // Most frequent first (ties in order of first appearance), so labels do not depend on file order of rare classes.
  const classes = [...valueCounts(data)].filter(([value]) => value !== null).map(([value]) => value as string);
  if (classes.length < 2) {
    throw new InputError(
      `utility: target "${column}" has ${classes.length === 0 ? 'no values' : `a single class ("${classes[0]}")`} in the real data; nothing to predict; choose another column`,
    );
  }
  if (classes.length > 2) {
    if (positive !== undefined) throw new InputError(`utility: a positive class applies to a binary target; "${column}" has ${classes.length} classes`);
    return { column, task: 'multiclass', classes };
  }
  if (positive !== undefined && !classes.includes(positive)) {
    throw new InputError(`utility: positive class "${positive}" is not a class of "${column}" (classes: ${classes.join(', ')})`);
  }
  const chosen = positive ?? classes[1];
  return { column, task: 'binary', classes: [classes.find((c) => c !== chosen) as string, chosen] };
}

/**
 * The label of every row of `dataset` (read with the real data's schema): a
 * class index or the number; NaN where the row has no target or a class the
 * real training rows never hold, so it can be neither learnt nor scored.
 */
export function targetLabels(target: UtilityTarget, dataset: Dataset): Float64Array {
  const data = dataset.columns.find((c) => c.name === target.column);
  if (!data) throw new InputError(`utility: target "${target.column}" is not a column of the compared data`);
  if (data.type === 'numeric') return Float64Array.from(data.values);
  const classOf = new Map(target.classes.map((c, i) => [c, i]));
  const labelOfCode = data.dictionary.map((value) => (value === null ? Number.NaN : (classOf.get(value) ?? Number.NaN)));
  return Float64Array.from(data.codes, (code) => labelOfCode[code]);
}
