import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CategoricalColumn, NumericColumn } from '../../../src/stats/column.ts';
import type { Dataset } from '../../../src/stats/dataset.ts';
import { writeCsv } from '../../../src/stats/export/write-csv.ts';
import { encodeDataset } from '../../../src/stats/ingest/encode-dataset.ts';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { parseDelimited } from '../../../src/stats/ingest/parse-delimited.ts';
import type { ColumnSchema } from '../../../src/stats/schema.ts';
import { inferSchema } from '../../../src/stats/schema/infer-schema.ts';

const text = (name: string, values: readonly (string | null)[]): { schema: ColumnSchema; column: CategoricalColumn } => {
  const dictionary = [null, ...new Set(values.filter((v) => v !== null))];
  const codes = Uint32Array.from(values, (v) => dictionary.indexOf(v));
  return { schema: { name, kind: 'categorical', included: true }, column: { type: 'categorical', name, dictionary, codes } };
};
const numbers = (schema: ColumnSchema, values: readonly number[]): { schema: ColumnSchema; column: NumericColumn } => ({
  schema,
  column: { type: 'numeric', name: schema.name, values: Float64Array.from(values) },
});
const dataset = (...parts: { schema: ColumnSchema; column: CategoricalColumn | NumericColumn }[]): Dataset => ({
  schema: { columns: parts.map((p) => p.schema) },
  columns: parts.map((p) => p.column),
  rowCount: parts[0].column.type === 'numeric' ? parts[0].column.values.length : parts[0].column.codes.length,
});

describe('writeCsv round trip', () => {
  it.each(['penguins.csv', 'seattle-weather.csv'])('%s is written back byte for byte', async (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(`../../fixtures/datasets/${name}`, import.meta.url)));
    const { dataset: loaded } = await loadDataset({ name, bytes });
    const original = new TextDecoder().decode(bytes).replaceAll('\r\n', '\n');
    expect(writeCsv(loaded)).toBe(original.endsWith('\n') ? original : `${original}\n`);
  });
});

describe('writeCsv round trip of missing tokens', () => {
  it('writes "?" and "NA" back where the file wrote them', async () => {
    const original = 'age,workclass,when\nNA,?,2020-01-01\n41,Private,?\n"",?,2020-01-02\nNA,Gov,2020-01-03\n';
    const { dataset: loaded } = await loadDataset({ name: 't.csv', bytes: new TextEncoder().encode(original) });
    // Each column writes its most frequent spelling: the one empty age becomes NA.
    expect(writeCsv(loaded)).toBe('age,workclass,when\nNA,?,2020-01-01\n41,Private,?\nNA,?,2020-01-02\nNA,Gov,2020-01-03\n');
  });

  it('writes "?" as the category it is where it is not read as missing', () => {
    const raw = parseDelimited('c,n\n?,1\nx,NA\n"",2\n?,3\n', { source: 't.csv', missingTokens: ['NA'] });
    expect(writeCsv(encodeDataset(raw, inferSchema(raw)))).toBe('c,n\n?,1\nx,NA\n,2\n?,3\n');
  });
});

describe('writeCsv by hand', () => {
  it('quotes fields holding the delimiter, quotes, CR or LF, and doubles inner quotes', () => {
    const d = dataset(text('note', ['a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain', "it's"]));
    expect(writeCsv(d)).toBe('note\n"a,b"\n"say ""hi"""\n"two\nlines"\n"cr\rhere"\nplain\nit\'s\n');
  });

  it('writes missing as an empty field in every kind', () => {
    const d = dataset(
      text('c', [null, 'x']),
      numbers({ name: 'n', kind: 'numeric', included: true, integer: true, decimals: 0, fixedDecimals: true }, [NaN, 3]),
      numbers({ name: 'd', kind: 'datetime', included: true, format: '%Y-%m-%d' }, [NaN, Date.UTC(2020, 1, 29)]),
    );
    expect(writeCsv(d)).toBe('c,n,d\n,,\nx,3,2020-02-29\n');
  });

  it("writes missing as the column's missing token in every kind", () => {
    const withToken = <T extends { schema: ColumnSchema }>(part: T, missingToken: string): T => ({ ...part, schema: { ...part.schema, missingToken } });
    const d = dataset(
      withToken(text('c', [null, 'x', null]), '?'),
      withToken(numbers({ name: 'n', kind: 'numeric', included: true, integer: true, decimals: 0, fixedDecimals: true }, [NaN, 3, 4]), 'NA'),
      withToken(numbers({ name: 'd', kind: 'datetime', included: true, format: '%Y-%m-%d' }, [NaN, Date.UTC(2020, 1, 29), NaN]), 'N/A'),
      text('e', [null, 'y', 'z']),
    );
    expect(writeCsv(d)).toBe('c,n,d,e\n?,NA,N/A,\nx,3,2020-02-29,y\n?,4,N/A,z\n');
  });

  it('quotes and neutralizes a missing token like any text cell, numeric columns included', () => {
    const schema: ColumnSchema = { name: 'n', kind: 'numeric', included: true, integer: true, decimals: 0, missingToken: '=1+1' };
    const quoted: ColumnSchema = { name: 'm', kind: 'numeric', included: true, integer: true, decimals: 0, missingToken: 'a,b' };
    expect(writeCsv(dataset(numbers(schema, [NaN, -2]), numbers(quoted, [1, NaN])))).toBe('n,m\n\'=1+1,1\n-2,"a,b"\n');
  });

  it('keeps a row of one empty field as a quoted empty field, not a blank line', () => {
    expect(writeCsv(dataset(text('c', ['a', null])))).toBe('c\na\n""\n');
  });

  it('writes datetimes in the column format', () => {
    const d = dataset(numbers({ name: 't', kind: 'datetime', included: true, format: '%d/%m/%Y %H:%M' }, [Date.UTC(2021, 11, 5, 7, 30)]));
    expect(writeCsv(d)).toBe('t\n05/12/2021 07:30\n');
  });

  it('pads decimals when the column always wrote them, writes the shortest form otherwise', () => {
    const fixed = { name: 'f', kind: 'numeric', included: true, integer: false, decimals: 1, fixedDecimals: true } as const;
    const loose = { name: 'l', kind: 'numeric', included: true, integer: false, decimals: 2, fixedDecimals: false } as const;
    const d = dataset(numbers(fixed, [0, 12.8, -0.04, 2.25]), numbers(loose, [18, 40.3, 1.255, -0.001]));
    expect(writeCsv(d)).toBe('f,l\n0.0,18\n12.8,40.3\n0.0,1.25\n2.3,0\n');
  });

  it('neutralizes formulas in text cells only, and never plain numbers', () => {
    const d = dataset(
      text('c', ['=SUM(A1)', '@x', '+cmd', '-5', '\tx', 'a=b', '-x,y']),
      numbers({ name: 'n', kind: 'numeric', included: true, integer: true, decimals: 0, fixedDecimals: true }, [-5, 1, 2, 3, 4, 5, 6]),
    );
    expect(writeCsv(d)).toBe("c,n\n'=SUM(A1),-5\n'@x,1\n'+cmd,2\n-5,3\n'\tx,4\na=b,5\n\"'-x,y\",6\n");
  });

  it('writes whole numbers as String() does, −0 as 0, and quotes numbers only when the delimiter is one of their characters', () => {
    const whole = [0, -0, 7, -7, 10, 99, 100, -1000, 123456789, -2147483649, 999999999999999, -999999999999999, 1e15, 0.125];
    const loose = { name: 'n', kind: 'numeric', included: true, integer: false, decimals: 7, fixedDecimals: false } as const;
    const expected = whole.map((v) => (Object.is(v, -0) ? '0' : String(v)));
    expect(writeCsv(dataset(numbers(loose, whole)))).toBe(`n\n${expected.join('\n')}\n`);
    expect(writeCsv(dataset(numbers(loose, [-1.5, 2]), text('t', ['a', 'b'])), { delimiter: '.' })).toBe('n.t\n"-1.5".a\n2.b\n');
    expect(writeCsv(dataset(numbers(loose, [-1.5, 20]), text('t', ['a', 'b'])), { delimiter: '0' })).toBe('n0t\n-1.50a\n"20"0b\n');
  });

  it('neutralizes the header too', () => {
    expect(writeCsv(dataset(text('=cmd', ['a'])))).toBe("'=cmd\na\n");
  });

  it('leaves formulas alone when asked, and uses another delimiter', () => {
    const d = dataset(text('a', ['=1', 'x;y']), text('b', ['u', 'v']));
    expect(writeCsv(d, { delimiter: ';', neutralizeFormulas: false })).toBe('a;b\n=1;u\n"x;y";v\n');
  });

  it.each(['', ',,', '"', '\n'])('rejects the delimiter %j', (delimiter) => {
    expect(() => writeCsv(dataset(text('a', ['x'])), { delimiter })).toThrow(/^csv: the delimiter must be one character/);
  });
});
