import { InputError } from '../input-error.ts';
import type { RawTable } from '../raw-table.ts';
import { MISSING_TOKENS } from '../schema/missing-tokens.ts';
import { RawColumnBuilder } from './raw-column-builder.ts';

/**
 * A JSON array of flat records to a RawTable. Columns are the union of keys in
 * first-seen order; a record without a key is missing there. Numbers and
 * booleans keep their JSON spelling; null is missing. Records are numbered
 * from 1 in messages (there is no header line to count).
 */
export function parseJsonRecords(text: string, options: { source: string; missingTokens?: readonly string[] }): RawTable {
  const { source } = options;
  if (text.trim() === '') throw new InputError(`${source}: the file is empty; choose a JSON array of records`);
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new InputError(`${source}: not valid JSON (${(e as Error).message}); fix the syntax or export the file again`);
  }
  if (!Array.isArray(data)) {
    throw new InputError(`${source}: the JSON is ${describe(data)}, not an array of records; give a file like [{"age": 31, "city": "Oslo"}, ...]`);
  }
  if (data.length === 0) throw new InputError(`${source}: the JSON array has no records; add at least one record`);

  const keys = new Map<string, number>();
  data.forEach((record: unknown, i) => {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new InputError(`${source}: record ${i + 1} is ${describe(record)}, not an object; make every element an object of column: value`);
    }
    for (const key of Object.keys(record)) {
      if (key.trim() === '') {
        throw new InputError(`${source}: record ${i + 1} has a key with no name; give every column a name`);
      }
      if (!keys.has(key)) keys.set(key, keys.size);
    }
  });

  const builders = [...keys.keys()].map((key) => new RawColumnBuilder(key, options.missingTokens ?? MISSING_TOKENS));
  data.forEach((record: Record<string, unknown>, i) => {
    for (const builder of builders) builder.push(cellText({ source, record: i + 1, key: builder.name, value: record[builder.name] }));
  });
  return { source, columns: builders.map((b) => b.build()), rowCount: data.length, rowNaming: 'record' };
}

function cellText(cell: { source: string; record: number; key: string; value: unknown }): string {
  const { value } = cell;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new InputError(
    `${cell.source}: record ${cell.record}, key "${cell.key}" holds ${describe(value)}; records must be flat, so turn it into a plain value or split it into columns`,
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
