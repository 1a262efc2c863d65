import { InputError } from '../input-error.ts';

/** One side of an SDV relationship: the table's name, its key column and its own metadata entry. */
export interface RelationshipSide {
  readonly table: string;
  readonly key: string;
  /** `metadata.tables[table]`, single-table SDV metadata for loadDataset. */
  readonly metadata: Record<string, unknown>;
}

/**
 * The parent and child of the relationship in SDV multi-table metadata
 * (`{"tables": {...}, "relationships": [...]}`) whose child_foreign_key is
 * `childKey`: exactly one must match.
 */
export function relationshipFromSdvMetadata(json: unknown, source: string, childKey: string): { parent: RelationshipSide; child: RelationshipSide } {
  const shape =
    'SDV multi-table metadata: {"tables": {...}, "relationships": [{"parent_table_name", "child_table_name", "parent_primary_key", "child_foreign_key"}]}';
  if (!isRecord(json) || !isRecord(json.tables) || !Array.isArray(json.relationships)) {
    throw new InputError(`${source}: with a child table the metadata must be ${shape}`);
  }
  const matches = json.relationships.filter((r): r is Record<string, unknown> => isRecord(r) && r.child_foreign_key === childKey);
  if (matches.length !== 1) {
    const why = matches.length === 0 ? 'no relationship has' : `${matches.length} relationships have`;
    throw new InputError(`${source}: ${why} child_foreign_key "${childKey}"; the key must name exactly one relationship`);
  }
  const [r] = matches;
  const tables = json.tables;
  const side = (tableField: string, keyField: string): RelationshipSide => {
    const table = r[tableField];
    const key = r[keyField];
    if (typeof table !== 'string' || typeof key !== 'string') {
      throw new InputError(`${source}: the relationship with child_foreign_key "${childKey}" needs ${tableField} and ${keyField} as text (one key column)`);
    }
    const metadata = tables[table];
    if (!isRecord(metadata)) throw new InputError(`${source}: the relationship names table "${table}", which "tables" does not describe`);
    return { table, key, metadata };
  };
  return { parent: side('parent_table_name', 'parent_primary_key'), child: side('child_table_name', 'child_foreign_key') };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
