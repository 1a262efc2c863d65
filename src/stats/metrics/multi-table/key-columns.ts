import type { Dataset } from '../../dataset.ts';
import type { ColumnSchema } from '../../schema.ts';
import type { MultiTableData, TablePair } from './multi-table-data.ts';

/** Names of the columns of `table` that a relationship uses as a primary or foreign key. */
export function keyColumns(data: MultiTableData, table: string): Set<string> {
  const keys = new Set<string>();
  for (const r of data.relationships) {
    if (r.parent === table) keys.add(r.parentKey);
    if (r.child === table) keys.add(r.childKey);
  }
  return keys;
}

/**
 * The dataset with its key columns seen as identifiers, whatever kind they
 * were read as: SDV metadata gives keys the id sdtype, which no quality
 * metric evaluates.
 */
export function withKeysAsIds(dataset: Dataset, keys: ReadonlySet<string>): Dataset {
  if (keys.size === 0) return dataset;
  const columns = dataset.schema.columns.map((c): ColumnSchema =>
    keys.has(c.name) ? { name: c.name, kind: 'identifier', included: false, missingToken: c.missingToken } : c,
  );
  return { ...dataset, schema: { columns } };
}

/** Every table of `data` with its key columns seen as identifiers (withKeysAsIds). */
export function tablesWithKeysAsIds(data: MultiTableData): TablePair[] {
  return data.tables.map((t) => {
    const keys = keyColumns(data, t.name);
    return { name: t.name, real: withKeysAsIds(t.real, keys), synthetic: withKeysAsIds(t.synthetic, keys) };
  });
}
