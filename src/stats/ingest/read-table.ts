import { InputError } from '../input-error.ts';
import type { RawTable } from '../raw-table.ts';
import { checkColumnCount } from './check-column-count.ts';
import { decodeText } from './decode-text.ts';
import { emptyColumnWarnings } from './empty-column-warnings.ts';
import { NotUtf8Error } from './byte-column-builder.ts';
import { parseDelimited, type ParseDelimitedOptions } from './parse-delimited.ts';
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

/**
 * A file to a RawTable: the parser is chosen by extension; an unknown extension
 * is sniffed (Parquet magic `PAR1`, JSON's leading `[`). .csv and .txt detect
 * their delimiter, so semicolon "CSV" from European spreadsheets just works.
 */
export async function readTable(file: { name: string; bytes: Uint8Array }): Promise<RawTable> {
  const { name, bytes } = file;
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
    ({ raw, warnings } = readDelimited(bytes, { source: name, ...(format === 'tsv' ? { delimiter: '\t' } : {}) }));
  }
  checkColumnCount(raw);
  const all = [...warnings, ...(raw.warnings ?? []), ...emptyColumnWarnings(raw)];
  return all.length > 0 ? { ...raw, warnings: all } : raw;
}

/**
 * UTF-8 bytes are parsed as they are; a UTF-16 BOM, or a field that is not
 * UTF-8 (NotUtf8Error), sends the file through decodeText, which says why.
 */
function readDelimited(bytes: Uint8Array, options: ParseDelimitedOptions): { raw: RawTable; warnings: string[] } {
  try {
    return { raw: parseDelimited(bytes, options), warnings: [] };
  } catch (e) {
    if (!(e instanceof NotUtf8Error)) throw e;
  }
  const decoded = decodeText(bytes, options.source);
  return { raw: parseDelimited(decoded.text, options), warnings: decoded.warnings };
}

function formatOf(file: { name: string; bytes: Uint8Array }): Format {
  const dot = file.name.lastIndexOf('.');
  const extension = dot >= 0 ? file.name.slice(dot + 1).toLowerCase() : '';
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
