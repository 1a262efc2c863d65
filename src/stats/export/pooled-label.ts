import type { Dataset } from '../dataset.ts';
import { InputError } from '../input-error.ts';
import { OTHER_LABEL } from '../tables/axis.ts';
import type { Targets } from '../tables/targets.ts';

/**
 * The synthetic rows with the categories pooled by top-K or disclosure
 * control written as `label` instead of "(other)" (an empty label writes them
 * as missing), in the columns whose axis pooled some. A label that is already
 * one of the column's categories is refused: the two could not be told apart.
 */
export function relabelPooled(dataset: Dataset, options: { targets: Targets; label: string }): Dataset {
  const { targets, label } = options;
  if (label === OTHER_LABEL) return dataset;
  const pooled = new Set(targets.axes.filter((a) => a.kind === 'categorical' && a.other).map((a) => a.column));
  const columns = dataset.columns.map((column) => {
    if (column.type !== 'categorical' || !pooled.has(column.name)) return column;
    const at = column.dictionary.indexOf(OTHER_LABEL);
    if (at < 0) return column;
    if (label !== '' && column.dictionary.includes(label)) {
      throw new InputError(`--other-label "${label}" is already a category of column "${column.name}"; choose a label no column uses`);
    }
    if (label === '') return { ...column, codes: column.codes.map((c) => (c === at ? 0 : c)) };
    return { ...column, dictionary: column.dictionary.map((v, i) => (i === at ? label : v)) };
  });
  return { ...dataset, columns };
}
