import type { Dataset } from '../../dataset.ts';

/** One table of a multi-table dataset: its real and synthetic rows, read with one schema. */
export interface TablePair {
  readonly name: string;
  readonly real: Dataset;
  readonly synthetic: Dataset;
}

/** A foreign key: every `child` row's `childKey` names the `parent` row whose `parentKey` holds the same value. */
export interface Relationship {
  readonly parent: string;
  readonly child: string;
  readonly parentKey: string;
  readonly childKey: string;
}

/**
 * Real and synthetic tables with their relationships, in SDV metadata order
 * (tables as metadata.tables lists them, relationships as metadata.relationships).
 */
export interface MultiTableData {
  readonly tables: readonly TablePair[];
  readonly relationships: readonly Relationship[];
}

export function tableNamed(data: MultiTableData, name: string): TablePair {
  const table = data.tables.find((t) => t.name === name);
  if (!table) throw new Error(`multi-table data: no table "${name}"`);
  return table;
}

export function columnIndex(dataset: Dataset, name: string, table: string): number {
  const i = dataset.schema.columns.findIndex((c) => c.name === name);
  if (i < 0) throw new Error(`table "${table}": no column "${name}"`);
  return i;
}
