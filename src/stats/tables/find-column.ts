import type { Column } from '../column.ts';
import type { Dataset } from '../dataset.ts';
import { InputError } from '../input-error.ts';

/** The dataset's column called `name`, or an InputError listing the columns there are. */
export function findColumn(dataset: Dataset, name: string): Column {
  const i = dataset.schema.columns.findIndex((c) => c.name === name);
  if (i < 0) {
    const names = dataset.schema.columns.map((c) => c.name).join(', ');
    throw new InputError(`tables: no column "${name}" in the data (columns: ${names})`);
  }
  return dataset.columns[i];
}
