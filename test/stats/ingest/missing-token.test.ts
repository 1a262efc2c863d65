import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CategoricalColumn } from '../../../src/stats/column.ts';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { parseDelimited } from '../../../src/stats/ingest/parse-delimited.ts';
import { parseJsonRecords } from '../../../src/stats/ingest/parse-json-records.ts';
import { encodeDataset } from '../../../src/stats/ingest/encode-dataset.ts';
import { inferSchema } from '../../../src/stats/schema/infer-schema.ts';
import { mostFrequentMissingToken } from '../../../src/stats/schema/missing-tokens.ts';

const tokenOf = (text: string, options: { missingTokens?: readonly string[] } = {}) =>
  inferSchema(parseDelimited(text, { source: 't.csv', ...options })).columns.map((c) => c.missingToken);

describe('the missing token of a column', () => {
  it.each([
    ['"?" in a categorical column', 'c\nx\n?\ny\n?\n', ['?']],
    ['"NA" in a numeric column', 'n\n1\nNA\n2.5\n', ['NA']],
    ['"?" in a datetime column', 'd\n2020-01-01\n?\n2020-01-03\n', ['?']],
    ['the most frequent of mixed tokens', 'c\n?\nNA\nx\nNA\n""\n', ['NA']],
    ['empty when empty fields outnumber the tokens', 'c,n\n"",1\n"",NA\n?,NA\nx,2\n', [undefined, 'NA']],
    ['the first seen on a tie', 'c\nnull\n?\n?\nnull\nx\n', ['null']],
    ['none when nothing is missing', 'c,n\nx,1\ny,2\n', [undefined, undefined]],
    ['none when missing values were written empty', 'c,n\nx,\n"",2\n', [undefined, undefined]],
  ])('%s', (_, text, expected) => {
    expect(tokenOf(text)).toEqual(expected);
  });

  it('is recorded with the column schema, kept through an override, and leaves the encoding alone', async () => {
    const bytes = new TextEncoder().encode('n,c\n1,a\nNA,?\n3,?\n');
    const { dataset } = await loadDataset({ name: 't.csv', bytes }, { overrides: { n: { kind: 'categorical' } } });
    expect(dataset.schema.columns).toEqual([
      { name: 'n', kind: 'categorical', included: true, missingToken: 'NA' },
      { name: 'c', kind: 'categorical', included: true, missingToken: '?' },
    ]);
    expect((dataset.columns[1] as CategoricalColumn).dictionary).toEqual([null, 'a']);
    expect(Array.from((dataset.columns[1] as CategoricalColumn).codes)).toEqual([1, 0, 0]);
  });

  it('is none for JSON null, which has no written spelling', () => {
    const raw = parseJsonRecords('[{"a": "x"}, {"a": null}, {}]', { source: 't.json' });
    expect(inferSchema(raw).columns[0].missingToken).toBeUndefined();
  });

  it('leaves "?" alone where it is not a missing token: a category, written back as one', () => {
    const raw = parseDelimited('c\n?\nx\n?\nNA\n""\n', { source: 't.csv', missingTokens: ['NA'] });
    const schema = inferSchema(raw);
    expect(schema.columns).toEqual([{ name: 'c', kind: 'categorical', included: true, missingToken: 'NA' }]);
    expect((encodeDataset(raw, schema).columns[0] as CategoricalColumn).dictionary).toEqual([null, '?', 'x']);
  });

  it('counts each spelling once per row in RawColumn.missingSpellings', () => {
    const raw = parseDelimited('c\n?\nNA\n?\nx\n""\n?\n', { source: 't.csv' });
    expect(raw.columns[0].missingSpellings).toEqual(
      new Map([
        ['?', 3],
        ['NA', 1],
        ['', 1],
      ]),
    );
    expect(parseDelimited('c\nx\n', { source: 't.csv' }).columns[0].missingSpellings).toBeUndefined();
  });

  it('keeps the Adult-like fixture\'s "?" and "NA"', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/ingest/missing-tokens.csv', import.meta.url)));
    const { dataset } = await loadDataset({ name: 'missing-tokens.csv', bytes });
    expect(dataset.schema.columns.map((c) => [c.name, c.kind, c.missingToken])).toEqual([
      ['age', 'numeric', 'NA'],
      ['workclass', 'categorical', '?'],
      ['hours', 'numeric', undefined],
      ['sex', 'categorical', undefined],
    ]);
  });
});

describe('mostFrequentMissingToken', () => {
  it('is "" without spellings', () => {
    expect(mostFrequentMissingToken(undefined)).toBe('');
    expect(mostFrequentMissingToken(new Map())).toBe('');
  });
});
