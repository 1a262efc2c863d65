import type { Dataset } from '../../dataset.ts';
import { InputError } from '../../input-error.ts';
import { evaluatedColumns } from '../evaluated-columns.ts';
import { fitTarget, type UtilityTarget } from './utility-target.ts';

/**
 * The most classes a target the report offers may have: a column with more is
 * closer to a name than to a label, and a model's output (a probability per
 * class and test row) grows with them.
 */
export const MAX_TARGET_CLASSES = 30;

/**
 * Every column of the real rows that utility can predict, as `fitTarget`
 * fits it (binary: the rarer class positive), in schema order: the evaluated
 * columns with at least two classes (at most MAX_TARGET_CLASSES) or two
 * values, when at least one other column is left to learn from.
 */
export function utilityTargets(real: Dataset): UtilityTarget[] {
  const columns = evaluatedColumns(real).map((i) => real.schema.columns[i].name);
  if (columns.length < 2) return [];
  return columns.flatMap((column) => {
    try {
      const target = fitTarget(real, { column });
      return target.classes.length <= MAX_TARGET_CLASSES ? [target] : [];
    } catch (e) {
      // One class or one value: nothing to predict.
      if (e instanceof InputError) return [];
      throw e;
    }
  });
}
