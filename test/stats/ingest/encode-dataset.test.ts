import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CategoricalColumn, NumericColumn } from '../../../src/stats/column.ts';
import { encodeDataset } from '../../../src/stats/ingest/encode-dataset.ts';
import { parseDelimited } from '../../../src/stats/ingest/parse-delimited.ts';
import { parseJsonRecords } from '../../../src/stats/ingest/parse-json-records.ts';
import type { Schema } from '../../../src/stats/schema.ts';
import { inferSchema } from '../../../src/stats/schema/infer-schema.ts';

const penguinsText = readFileSync(new URL('../../fixtures/datasets/penguins.csv', import.meta.url), 'utf8');

function valueAt(column: CategoricalColumn | NumericColumn, row: number): string | number | null {
  return column.type === 'categorical' ? column.dictionary[column.codes[row]] : column.values[row];
}

describe('encodeDataset', () => {
  it('encodes penguins rows as written, missing as NaN and code 0', () => {
    const raw = parseDelimited(penguinsText, { source: 'penguins.csv' });
    const dataset = encodeDataset(raw, inferSchema(raw));
    expect(dataset.rowCount).toBe(344);
    const row = (i: number) => dataset.columns.map((c) => valueAt(c, i));
    expect(row(0)).toEqual(['Adelie', 'Torgersen', 39.1, 18.7, 181, 3750, 'MALE']);
    expect(row(3)).toEqual(['Adelie', 'Torgersen', NaN, NaN, NaN, NaN, null]);
    const sex = dataset.columns[6] as CategoricalColumn;
    expect(sex.dictionary).toEqual([null, 'MALE', 'FEMALE', '.']);
    expect(sex.codes.filter((c) => c === 0).length).toBe(10);
  });

  it('encodes a categorical column written as numbers (an identifier) as the text path does, with its missing rows at code 0', () => {
    const bytes = new TextEncoder().encode('id,k\n3,a\n,b\n1,a\n3,b\nNA,a\n-2,b\n');
    const raw = parseDelimited(bytes, { source: 'ids.csv' });
    expect(raw.columns[0].numbers).toBeDefined();
    const schema: Schema = {
      columns: [
        { name: 'id', kind: 'identifier', included: false },
        { name: 'k', kind: 'categorical', included: true },
      ],
    };
    const id = encodeDataset(raw, schema).columns[0] as CategoricalColumn;
    expect([...id.codes]).toEqual([1, 0, 2, 1, 0, 3]);
    expect(id.dictionary).toEqual([null, '3', '1', '-2']);
    // The same column with its texts only (a copy drops `numbers`): the general path, to the same result.
    const texts = { ...raw, columns: raw.columns.map((c) => ({ ...c })) };
    expect(texts.columns[0].numbers).toBeUndefined();
    expect(encodeDataset(texts, schema).columns[0]).toEqual(id);
  });

  it('encodes datetimes as milliseconds', () => {
    const raw = parseDelimited('d,n\n2012-01-02,1\n,2\n', { source: 'w.csv' });
    const dataset = encodeDataset(raw, inferSchema(raw));
    expect(Array.from((dataset.columns[0] as NumericColumn).values)).toEqual([Date.UTC(2012, 0, 2), NaN]);
  });

  it('follows the schema order and matches columns by name', () => {
    const schema: Schema = {
      columns: [
        { name: 'b', kind: 'numeric', included: true, integer: true, decimals: 0 },
        { name: 'a', kind: 'categorical', included: true },
      ],
    };
    const dataset = encodeDataset(parseDelimited('a,b\nx,1\ny,2\n', { source: 's.csv' }), schema);
    expect(dataset.columns.map((c) => c.name)).toEqual(['b', 'a']);
    expect(Array.from((dataset.columns[0] as NumericColumn).values)).toEqual([1, 2]);
  });

  const numericA: Schema = { columns: [{ name: 'a', kind: 'numeric', included: true, integer: true, decimals: 0 }] };
  it.each([
    [
      'a non-number in a numeric column',
      parseDelimited('a\n1\n2\n\nabc\n', { source: 's.csv' }),
      numericA,
      's.csv: row 5, column "a" holds "abc", which is not a number; fix the value, or mark the column as categorical',
    ],
    [
      'a non-number in a JSON record',
      parseJsonRecords('[{"a": 1}, {"a": "x"}]', { source: 's.json' }),
      numericA,
      's.json: record 2, column "a" holds "x", which is not a number; fix the value, or mark the column as categorical',
    ],
    [
      'a date in another format',
      parseDelimited('d\n2020-01-01\n01/02/2020\n', { source: 's.csv' }),
      { columns: [{ name: 'd', kind: 'datetime', included: true, format: '%Y-%m-%d' }] },
      's.csv: row 3, column "d" holds "01/02/2020", which does not match the date format %Y-%m-%d; fix the value, or set the column\'s date format',
    ],
    [
      'a date whose weekday is wrong',
      parseDelimited('d\nTue Jan 02 2024\nMon Jan 02 2024\n', { source: 's.csv' }),
      { columns: [{ name: 'd', kind: 'datetime', included: true, format: '%a %b %d %Y' }] },
      's.csv: row 3, column "d" holds "Mon Jan 02 2024", which does not match the date format %a %b %d %Y (2024-01-02 is a Tuesday); fix the value, or set the column\'s date format',
    ],
    [
      'a day that does not exist',
      parseDelimited('d\nFeb 29 2023\n', { source: 's.csv' }),
      { columns: [{ name: 'd', kind: 'datetime', included: true, format: '%b %d %Y' }] },
      's.csv: row 2, column "d" holds "Feb 29 2023", which does not match the date format %b %d %Y (there is no such date or time); fix the value, or set the column\'s date format',
    ],
    [
      'a column the schema has and the file lacks',
      parseDelimited('b\n1\n', { source: 'syn.csv' }),
      {
        columns: [
          { name: 'a', kind: 'categorical', included: true },
          { name: 'b', kind: 'categorical', included: true },
        ],
      },
      'syn.csv: the schema has a column "a" that the file lacks; add it to the file or use a file with the same columns',
    ],
    [
      'columns the schema lacks',
      parseDelimited('a,x,y\n1,2,3\n', { source: 'syn.csv' }),
      { columns: [{ name: 'a', kind: 'categorical', included: true }] },
      'syn.csv: columns "x", "y" are not in the schema; remove them or use a file with the same columns',
    ],
  ] as const)('refuses %s', (_, raw, schema, message) => {
    expect(() => encodeDataset(raw, schema)).toThrow(message);
  });
});
