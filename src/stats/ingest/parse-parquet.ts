import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import type { DecodedArray, FileMetaData, SchemaElement } from 'hyparquet';
import { InputError } from '../input-error.ts';
import type { RawColumn, RawTable } from '../raw-table.ts';
import { MISSING_TOKENS } from '../schema/missing-tokens.ts';
import { checkHeaderNames } from './check-header-names.ts';
import { RawColumnBuilder } from './raw-column-builder.ts';

/**
 * A flat Parquet file to a RawTable, one column at a time so only one decoded
 * column is alive at once. Values become the text a CSV export would hold, so
 * every format goes through the same schema inference. Records are numbered
 * from 1 in messages.
 */
export async function parseParquet(buffer: ArrayBuffer, options: { source: string }): Promise<RawTable> {
  const { source } = options;
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(buffer);
  } catch (e) {
    throw notParquet(source, e);
  }
  const leaves = parquetSchema(metadata).children;
  for (const leaf of leaves) {
    if (leaf.children.length > 0 || leaf.element.repetition_type === 'REPEATED') {
      throw new InputError(`${source}: column "${leaf.element.name}" is nested (a struct or list); flatten it into plain columns before loading`);
    }
  }
  const names = leaves.map((leaf) => leaf.element.name);
  checkHeaderNames(names, { source, where: 'the schema' });
  const rowCount = Number(metadata.num_rows);
  if (rowCount === 0) throw new InputError(`${source}: the Parquet file has columns but no rows; choose a file with data`);

  const columns: RawColumn[] = [];
  for (const leaf of leaves) {
    const chunks: { rowStart: number; data: DecodedArray }[] = [];
    try {
      await parquetRead({
        file: buffer,
        metadata,
        columns: [leaf.element.name],
        onChunk: (chunk) => chunks.push({ rowStart: chunk.rowStart, data: chunk.columnData }),
      });
    } catch (e) {
      throw notParquet(source, e);
    }
    chunks.sort((a, b) => a.rowStart - b.rowStart);
    const toText = cellText(leaf.element, source);
    const builder = new RawColumnBuilder(leaf.element.name, MISSING_TOKENS);
    let next = 0;
    for (const { rowStart, data } of chunks) {
      // Chunks may overlap what was already read; keep each row once.
      for (let i = Math.max(0, next - rowStart); i < data.length; i++) builder.push(toText(data[i]));
      next = Math.max(next, rowStart + data.length);
    }
    columns.push(builder.build());
  }
  return { source, columns, rowCount, rowNaming: 'record' };
}

function notParquet(source: string, cause: unknown): InputError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new InputError(`${source}: not a complete Parquet file (${detail}); export or download it again`);
}

/** How one decoded value is written as text, for a column of this schema element. */
function cellText(element: SchemaElement, source: string): (value: unknown) => string {
  const isDate = element.converted_type === 'DATE' || element.logical_type?.type === 'DATE';
  const isFloat32 = element.type === 'FLOAT';
  return (value) => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return isFloat32 ? shortestFloat32(value) : String(value);
    if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return isDate ? value.toISOString().slice(0, 10) : value.toISOString();
    throw new InputError(
      `${source}: column "${element.name}" holds ${value instanceof Uint8Array ? 'binary data' : 'structured values'}; convert it to text, numbers or dates before loading`,
    );
  };
}

/** Float32 values widened to double print as 0.10000000149011612; write the shortest text that reads back the same float32. */
function shortestFloat32(value: number): string {
  for (let digits = 6; digits < 9; digits++) {
    const text = String(Number(value.toPrecision(digits)));
    if (Math.fround(Number(text)) === value) return text;
  }
  return String(Number(value.toPrecision(9)));
}
