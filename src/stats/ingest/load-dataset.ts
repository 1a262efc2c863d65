import type { Dataset } from '../dataset.ts';
import type { RawTable } from '../raw-table.ts';
import type { Schema } from '../schema.ts';
import { inferSchema } from '../schema/infer-schema.ts';
import { mergeOverrides, type SchemaOverrides } from '../schema/schema-overrides.ts';
import { overridesFromSdvMetadata } from '../schema/sdv-metadata.ts';
import { encodeDataset } from './encode-dataset.ts';
import { readTable, type TableFile } from './read-table.ts';

export interface LoadDatasetOptions {
  /** SDV/SDMetrics metadata JSON (already parsed); columns it leaves out are still inferred. */
  readonly metadata?: unknown;
  /** Name of the metadata file, for messages; default "metadata.json". */
  readonly metadataSource?: string;
  /** User corrections; they win over the metadata. */
  readonly overrides?: SchemaOverrides;
  /** A fixed schema (e.g. the real file's, to read a synthetic file the same way); skips inference. */
  readonly schema?: Schema;
}

/** File → RawTable → Schema (given, or inferred with metadata and overrides) → Dataset. */
export async function loadDataset(file: TableFile, options: LoadDatasetOptions = {}): Promise<{ dataset: Dataset; raw: RawTable; warnings: string[] }> {
  const raw = await readTable(file);
  let schema = options.schema;
  if (schema === undefined) {
    const fromMetadata = options.metadata === undefined ? {} : overridesFromSdvMetadata(options.metadata, options.metadataSource ?? 'metadata.json');
    schema = inferSchema(raw, { overrides: mergeOverrides(fromMetadata, options.overrides) });
  }
  return { dataset: encodeDataset(raw, schema), raw, warnings: [...(raw.warnings ?? [])] };
}
