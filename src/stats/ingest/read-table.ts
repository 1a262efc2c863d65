import { InputError } from '../input-error.ts';
import type { RawTable } from '../raw-table.ts';
import { checkColumnCount } from './check-column-count.ts';
import { decodeText } from './decode-text.ts';
import { emptyColumnWarnings } from './empty-column-warnings.ts';
import { collectChunks, readDelimited, type TableChunks } from './read-delimited.ts';
import { parseJsonRecords } from './parse-json-records.ts';
import { parseParquet } from './parse-parquet.ts';

type Format = 'delimited' | 'tsv' | 'json' | 'parquet';

const BY_EXTENSION: Record<string, Format> = {
  csv: 'delimited',
  txt: 'delimited',
  tsv: 'tsv',
  tab: 'tsv',
  json: 'json',
  parquet: 'parquet',
  pq: 'parquet',
};

/** A table file: its bytes, or its chunks (read on demand: a File's stream, a file on disk piece by piece). */
export type TableFile = { readonly name: string; readonly bytes: Uint8Array } | { readonly name: string; readonly chunks: TableChunks };

/**
 * A file to a RawTable: the parser is chosen by extension; an unknown extension
 * is sniffed (Parquet magic `PAR1`, JSON's leading `[`). .csv and .txt detect
 * their delimiter, so semicolon "CSV" from European spreadsheets just works.
 * Delimited chunks are parsed as they come; other formats are gathered first.
 */
export async function readTable(file: TableFile): Promise<RawTable> {
  const { name } = file;
  if ('chunks' in file) {
    const format = BY_EXTENSION[extensionOf(name)];
    if (format !== 'delimited' && format !== 'tsv') return readTable({ name, bytes: await collectChunks(file.chunks, name) });
    return finish(await readDelimited(file.chunks, { source: name, ...(format === 'tsv' ? { delimiter: '\t' } : {}) }));
  }
  const { bytes } = file;
  const format = formatOf(file);
  let raw: RawTable;
  let warnings: string[] = [];
  if (format === 'parquet') {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    raw = await parseParquet(buffer, { source: name });
  } else if (format === 'json') {
    const decoded = decodeText(bytes, name);
    warnings = decoded.warnings;
    raw = parseJsonRecords(decoded.text, { source: name });
  } else {
    ({ raw, warnings } = await readDelimited(bytes, { source: name, ...(format === 'tsv' ? { delimiter: '\t' } : {}) }));
  }
  return finish({ raw, warnings });
}

/** The checks and warnings every format shares. */
function finish({ raw, warnings }: { raw: RawTable; warnings: string[] }): RawTable {
  checkColumnCount(raw);
  const all = [...warnings, ...(raw.warnings ?? []), ...emptyColumnWarnings(raw)];
  return all.length > 0 ? { ...raw, warnings: all } : raw;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function formatOf(file: { name: string; bytes: Uint8Array }): Format {
  const extension = extensionOf(file.name);
  const known = BY_EXTENSION[extension];
  if (known) return known;
  const sniffed = sniffFormat(file.bytes);
  if (sniffed) return sniffed;
  const advice = /^xlsx?$|^ods$/.test(extension) ? 'save the sheet as CSV first' : 'use a .csv, .tsv, .txt, .json or .parquet file';
  throw new InputError(`${file.name}: unknown file type${extension ? ` ".${extension}"` : ''}; ${advice}`);
}

/** The format bytes show by themselves: Parquet's magic `PAR1`, or JSON's leading `[`; undefined for anything else. */
export function sniffFormat(b: Uint8Array): 'parquet' | 'json' | undefined {
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31) return 'parquet';
  const head = new TextDecoder('utf-8')
    .decode(b.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('[') ? 'json' : undefined;
}
