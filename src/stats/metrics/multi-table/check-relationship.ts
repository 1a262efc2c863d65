import type { Dataset } from '../../dataset.ts';
import { InputError } from '../../input-error.ts';
import { keyValues } from './key-values.ts';

/** A table on one side of a relationship, as messages name it. */
export interface KeyedTable {
  /** Where the table came from, e.g. `--child persons.csv`. */
  readonly label: string;
  readonly dataset: Dataset;
  readonly key: string;
  /** How row `index` is named in messages ("row 7", "record 3"). */
  readonly rowName: (index: number) => string;
}

/**
 * A relationship the multi-table metrics can use, or an InputError naming the
 * file, column and value: both tables hold the key column, every parent row
 * has a key no other parent row has, and every child row's key names a parent.
 * `context` starts every message (`evaluate: `).
 */
export function checkRelationship(parent: KeyedTable, child: KeyedTable, context = ''): void {
  const parentKeys = keysOf(parent, context);
  const firstRow = new Map<string, number>();
  parentKeys.forEach((key, row) => {
    if (key === null) throw new InputError(`${context}${parent.label}: ${parent.rowName(row)} has no ${parent.key}; every parent row needs a key`);
    const earlier = firstRow.get(key);
    if (earlier !== undefined) {
      throw new InputError(
        `${context}${parent.label}: ${parent.key} "${key}" is on ${parent.rowName(earlier)} and ${parent.rowName(row)}; a parent key names one row`,
      );
    }
    firstRow.set(key, row);
  });
  keysOf(child, context).forEach((key, row) => {
    if (key === null) throw new InputError(`${context}${child.label}: ${child.rowName(row)} has no ${child.key}; every child row needs its parent's key`);
    if (!firstRow.has(key)) throw new InputError(`${context}${child.label}: ${child.rowName(row)}: ${child.key} "${key}" matches no row of ${parent.label}`);
  });
}

function keysOf(table: KeyedTable, context: string): (string | null)[] {
  const column = table.dataset.columns.find((c) => c.name === table.key);
  if (!column) {
    const all = table.dataset.columns.map((c) => `"${c.name}"`);
    const names = all.length > 12 ? `${all.slice(0, 12).join(', ')} and ${all.length - 12} more` : all.join(', ');
    throw new InputError(`${context}${table.label}: no column "${table.key}", the key that joins the tables; its columns are ${names}`);
  }
  return keyValues(column);
}
