import type { Column } from '../../column.ts';
import type { Dataset } from '../../dataset.ts';
import { keyValues, rowsByKey } from './key-values.ts';
import { columnIndex } from './multi-table-data.ts';

export interface JoinSide {
  readonly name: string;
  readonly dataset: Dataset;
  readonly key: string;
}

/**
 * The inner join of parent rows onto child rows by key (pandas
 * child.merge(parent, left_on=fk, right_on=pk)): one row per matching
 * (child row, parent row), in child row order. Columns are the child's then
 * the parent's, named "<table>.<column>" as SDMetrics' InterTableTrends names
 * them. Children without a parent and parents without children drop out.
 */
export function denormalize(parent: JoinSide, child: JoinSide): Dataset {
  const parentRows = rowsByKey(keyValues(parent.dataset.columns[columnIndex(parent.dataset, parent.key, parent.name)]));
  const childKeys = keyValues(child.dataset.columns[columnIndex(child.dataset, child.key, child.name)]);
  const childPicks: number[] = [];
  const parentPicks: number[] = [];
  childKeys.forEach((key, row) => {
    for (const p of parentRows.get(key) ?? []) {
      childPicks.push(row);
      parentPicks.push(p);
    }
  });
  const sides: [JoinSide, number[]][] = [
    [child, childPicks],
    [parent, parentPicks],
  ];
  return {
    schema: { columns: sides.flatMap(([s]) => s.dataset.schema.columns.map((c) => ({ ...c, name: `${s.name}.${c.name}` }))) },
    columns: sides.flatMap(([s, picks]) => s.dataset.columns.map((c) => gather(c, `${s.name}.${c.name}`, picks))),
    rowCount: childPicks.length,
  };
}

function gather(column: Column, name: string, rows: readonly number[]): Column {
  if (column.type === 'numeric') return { type: 'numeric', name, values: Float64Array.from(rows, (r) => column.values[r]) };
  return { type: 'categorical', name, dictionary: column.dictionary, codes: Uint32Array.from(rows, (r) => column.codes[r]) };
}
