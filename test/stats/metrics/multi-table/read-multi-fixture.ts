import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiTableData, Relationship } from '../../../../src/stats/metrics/multi-table/multi-table-data.ts';
import type { ColumnKind } from '../../../../src/stats/schema.ts';
import { makeDataset } from '../make-dataset.ts';

export const MULTI_FIXTURE_DIR = join(import.meta.dirname, '../../../fixtures/sdmetrics-multi');

/** SDV multi-table metadata, as the fixture's metadata.json writes it. */
export interface MultiMetadata {
  tables: Record<string, { primary_key?: string; columns: Record<string, { sdtype: string }> }>;
  relationships: { parent_table_name: string; child_table_name: string; parent_primary_key: string; child_foreign_key: string }[];
}

const KINDS: Record<string, ColumnKind> = { numerical: 'numeric', categorical: 'categorical', boolean: 'boolean', datetime: 'datetime', id: 'identifier' };

export function readMultiJson<T>(caseName: string, file: string): T {
  return JSON.parse(readFileSync(join(MULTI_FIXTURE_DIR, caseName, file), 'utf8')) as T;
}

export function relationshipsOf(metadata: MultiMetadata): Relationship[] {
  return metadata.relationships.map((r) => ({
    parent: r.parent_table_name,
    child: r.child_table_name,
    parentKey: r.parent_primary_key,
    childKey: r.child_foreign_key,
  }));
}

/**
 * The fixture's tables read without ingest (plain CSV: no quoting, an empty
 * field is missing), each column the kind its sdtype gives (or `kindOf`
 * says), so the metric check does not depend on the ingest code.
 */
export function readMultiFixture(caseName: string, kindOf: (column: string, sdtype: string) => ColumnKind = (_, sdtype) => KINDS[sdtype]): MultiTableData {
  const metadata = readMultiJson<MultiMetadata>(caseName, 'metadata.json');
  const read = (side: 'real' | 'synthetic', table: string) => {
    const columns = metadata.tables[table].columns;
    const [header, ...lines] = readFileSync(join(MULTI_FIXTURE_DIR, caseName, side, `${table}.csv`), 'utf8')
      .trimEnd()
      .split('\n');
    const rows = lines.map((l) => l.split(','));
    return makeDataset(
      header.split(',').map((name, c) => {
        const kind = kindOf(name, columns[name].sdtype);
        const values = rows.map((r) => (r[c] === '' ? null : kind === 'numeric' ? Number(r[c]) : r[c]));
        return { name, kind, values };
      }),
    );
  };
  return {
    tables: Object.keys(metadata.tables).map((name) => ({ name, real: read('real', name), synthetic: read('synthetic', name) })),
    relationships: relationshipsOf(metadata),
  };
}
