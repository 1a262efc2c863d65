import { describe, expect, it } from 'vitest';
import { encodeDataset } from '../../../src/stats/ingest/encode-dataset.ts';
import { parseDelimited } from '../../../src/stats/ingest/parse-delimited.ts';
import { emptyColumnWarnings } from '../../../src/stats/ingest/empty-column-warnings.ts';
import { rawValue, type RawTable } from '../../../src/stats/raw-table.ts';
import type { Schema } from '../../../src/stats/schema.ts';
import { inferSchema } from '../../../src/stats/schema/infer-schema.ts';
import { profileColumns } from '../../../src/stats/schema/profile-columns.ts';

/** The same table with its columns copied: a copy drops RawColumn.numbers, so typing reads the strings as before. */
const asStrings = (raw: RawTable): RawTable => ({ ...raw, columns: raw.columns.map((c) => ({ ...c })) });

/** A CSV of the given columns, one value per row from each list (all the same length). */
function csv(columns: Record<string, string[]>): string {
  const names = Object.keys(columns);
  const rows = columns[names[0]].map((_, r) => names.map((n) => columns[n][r]).join(','));
  return [names.join(','), ...rows].join('\n') + '\n';
}

const count = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

describe('delimited columns typed from their bytes', () => {
  const text = csv({
    many: count(40, (i) => (i % 7 === 0 ? 'NA' : ((i * 37) % 23) / 4 - 2).toString()),
    id: count(40, (i) => String(1000 + ((i * 17) % 40))),
    user_id: count(40, (i) => String(i * 3)),
    flag: count(40, (i) => String(i % 2)),
    few: count(40, (i) => ['-0', '0', '+5', '5.', '7.50'][i % 5]),
    long: count(40, (i) => (i % 2 === 0 ? '123456789012345678' : `0.12345678901234567${i % 10}`)),
    quoted: count(40, (i) => `"${i % 13}.${i % 3}"`),
    exponent: count(40, (i) => (i === 39 ? '1e5' : String(i))),
    zeros: count(40, (i) => (i === 30 ? '007' : String(i + 10))),
    hex: count(40, (i) => (i === 20 ? '0x10' : String(i))),
    huge: count(40, (i) => (i === 0 ? '1e400' : String(i))),
    word: count(40, (i) => (i === 10 ? 'Infinity' : String(i))),
    spaced: count(40, (i) => (i === 5 ? ' 12' : String(i))),
    empty: count(40, (i) => (i % 2 === 0 ? '' : 'NA')),
  });
  const raw = parseDelimited(text, { source: 't.csv' });
  const byName = (name: string) => raw.columns.find((c) => c.name === name);

  it('keeps numbers only for columns whose every value is a plain number or missing', () => {
    const withNumbers = raw.columns.filter((c) => c.numbers !== undefined).map((c) => c.name);
    expect(withNumbers).toEqual(['many', 'id', 'user_id', 'flag', 'few', 'long', 'quoted']);
    expect(asStrings(raw).columns.filter((c) => c.numbers !== undefined)).toEqual([]);
  });

  it('gives one value without making the others, the same before and after they are made', () => {
    const fresh = parseDelimited(text, { source: 't.csv' });
    const few = fresh.columns[4];
    expect([0, 1, 2, 3, 4].map((code) => rawValue(few, code))).toEqual(['-0', '0', '+5', '5.', '7.50']);
    expect(fresh.columns.map((c) => c.values.map((_, code) => rawValue(c, code)))).toEqual(asStrings(fresh).columns.map((c) => c.values));
  });

  it('makes the same strings when they are asked for', () => {
    expect(raw.columns.map((c) => c.values)).toEqual(asStrings(raw).columns.map((c) => c.values));
    expect(byName('few')?.values).toEqual(['-0', '0', '+5', '5.', '7.50']);
    expect(byName('many')?.values[0]).toBe('');
  });

  it('infers and encodes exactly as from the strings', () => {
    const schema = inferSchema(raw);
    expect(schema).toEqual(inferSchema(asStrings(raw)));
    expect(schema.columns.map((c) => c.kind)).toEqual([
      'numeric',
      'identifier',
      'identifier',
      'boolean',
      'numeric',
      'numeric',
      'numeric',
      'numeric',
      'identifier',
      'identifier',
      'numeric',
      'identifier',
      'identifier',
      'categorical',
    ]);
    const dataset = encodeDataset(raw, schema);
    expect(dataset).toEqual(encodeDataset(asStrings(raw), schema));
    const few = dataset.columns[4];
    expect(few.type === 'numeric' && Object.is(few.values[0], -0)).toBe(true);
  });

  it('encodes every column as numbers (or as categories) exactly as from the strings', () => {
    const plain = raw.columns.filter((c) => c.numbers !== undefined).map((c) => c.name);
    for (const kind of ['numeric', 'categorical'] as const) {
      const schema: Schema = {
        columns: plain.map((name) => (kind === 'numeric' ? { name, kind, included: true, integer: false, decimals: 2 } : { name, kind, included: true })),
      };
      const only: RawTable = { ...raw, columns: raw.columns.filter((c) => plain.includes(c.name)) };
      expect(encodeDataset(only, schema)).toEqual(encodeDataset(asStrings(only), schema));
    }
  });

  it('names the file, row, column and value that is not a number, as from the strings', () => {
    const schema: Schema = { columns: raw.columns.map((c) => ({ name: c.name, kind: 'numeric', included: true, integer: false, decimals: 2 })) };
    const message = (table: RawTable) => {
      try {
        encodeDataset(table, schema);
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(message(raw)).toBe('t.csv: row 32, column "zeros" holds "007", which is not a number; fix the value, or mark the column as categorical');
    expect(message(raw)).toBe(message(asStrings(raw)));
  });

  it('profiles columns (missing rows, distinct values) as from the strings', () => {
    expect(profileColumns(raw)).toEqual(profileColumns(asStrings(raw)));
  });

  it('still warns about a column missing in every row', () => {
    expect(emptyColumnWarnings(raw)).toEqual(emptyColumnWarnings(asStrings(raw)));
    expect(emptyColumnWarnings(raw)).toHaveLength(1);
  });
});
