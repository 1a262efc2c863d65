import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../src/stats/ingest/parse-delimited.ts';
import type { ColumnSchema } from '../../../src/stats/schema.ts';
import { inferSchema } from '../../../src/stats/schema/infer-schema.ts';

const dataset = (name: string) => parseDelimited(readFileSync(new URL(`../../fixtures/datasets/${name}`, import.meta.url), 'utf8'), { source: name });

/** A one-column CSV from values (each quoted, so empty strings survive). */
function column(name: string, values: readonly string[]): ColumnSchema {
  const text = [name, ...values.map((v) => `"${v}"`)].join('\n');
  return inferSchema(parseDelimited(text, { source: 't.csv' })).columns[0];
}
const range = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

describe('inferSchema on real data', () => {
  it('penguins.csv', () => {
    expect(inferSchema(dataset('penguins.csv')).columns).toEqual([
      { name: 'Species', kind: 'categorical', included: true },
      { name: 'Island', kind: 'categorical', included: true },
      { name: 'Beak Length (mm)', kind: 'numeric', included: true, integer: false, decimals: 1, fixedDecimals: false },
      { name: 'Beak Depth (mm)', kind: 'numeric', included: true, integer: false, decimals: 1, fixedDecimals: false },
      { name: 'Flipper Length (mm)', kind: 'numeric', included: true, integer: true, decimals: 0, fixedDecimals: true },
      { name: 'Body Mass (g)', kind: 'numeric', included: true, integer: true, decimals: 0, fixedDecimals: true },
      { name: 'Sex', kind: 'categorical', included: true },
    ]);
  });

  it('seattle-weather.csv', () => {
    const numeric = (name: string) => ({ name, kind: 'numeric', included: true, integer: false, decimals: 1, fixedDecimals: true });
    expect(inferSchema(dataset('seattle-weather.csv')).columns).toEqual([
      { name: 'date', kind: 'datetime', included: true, format: '%Y-%m-%d' },
      numeric('precipitation'),
      numeric('temp_max'),
      numeric('temp_min'),
      numeric('wind'),
      { name: 'weather', kind: 'categorical', included: true },
    ]);
  });
});

describe('inferSchema kinds', () => {
  const sentence = (i: number) => `Customer ${i} wrote that the delivery was late again`;
  it.each([
    ['true/false any case', 'paid', ['TRUE', 'false', 'True', ''], { kind: 'boolean' }],
    ['yes/no', 'member', ['yes', 'no', 'no'], { kind: 'boolean' }],
    ['t/f', 'x', ['t', 'f'], { kind: 'boolean' }],
    ['exactly 0 and 1', 'flag', ['0', '1', '1', ''], { kind: 'boolean' }],
    ['only 1s stay numeric', 'n', ['1', '1'], { kind: 'numeric', integer: true, decimals: 0, fixedDecimals: true }],
    ['0, 1 and 2 are numbers', 'n', ['0', '1', '2'], { kind: 'numeric', integer: true, decimals: 0, fixedDecimals: true }],
    ['mixed pairs are categorical', 'x', ['yes', 'false'], { kind: 'categorical' }],
    ['signs and exponents', 'v', ['-1.5', '+2', '3e-2'], { kind: 'numeric', integer: false, decimals: 2, fixedDecimals: false }],
    ['leading zeros are codes, not numbers', 'zip', ['02134', '10001', '00501'], { kind: 'categorical' }],
    // The kind ignores them; the first of the tied tokens is kept to write missing values back.
    [
      'missing tokens ignored by the kind',
      'v',
      ['1.25', 'NA', 'NaN', '?', 'null'],
      { kind: 'numeric', integer: false, decimals: 2, fixedDecimals: true, missingToken: 'NA' },
    ],
    ['all missing', 'v', ['', 'NA'], { kind: 'categorical' }],
    ['datetime with missing', 'd', ['2020-01-01', ''], { kind: 'datetime', format: '%Y-%m-%d' }],
    ['unique integers named id', 'user_id', range(25, (i) => String(i * 7 + 3)), { kind: 'identifier', included: false }],
    ['unique consecutive integers', 'row', range(25, (i) => String(100 + ((i * 7) % 25))), { kind: 'identifier', included: false }],
    [
      'unique integers without a hint or a run stay numeric',
      'population',
      range(25, (i) => String(i * 7 + 3)),
      { kind: 'numeric', integer: true, decimals: 0, fixedDecimals: true },
    ],
    ['unique decimals stay numeric', 'id', range(25, (i) => `${i}.5`), { kind: 'numeric', integer: false, decimals: 1, fixedDecimals: true }],
    ['unique strings', 'code', range(25, (i) => `K-${i}`), { kind: 'identifier', included: false }],
    ['unique strings under 20 rows stay categorical', 'code', range(19, (i) => `K-${i}`), { kind: 'categorical' }],
    ['unique strings with missing values', 'code', [...range(25, (i) => `K-${i}`), '', ''], { kind: 'identifier', included: false }],
    // Issue #11: 400 rows, 399 distinct names were typed categorical, each name a category.
    ['400 strings, 399 distinct', 'name', range(400, (i) => `Person ${Math.min(i, 398)}`), { kind: 'identifier', included: false }],
    ['95% distinct strings', 'email', range(100, (i) => `u${i % 95}@x.org`), { kind: 'identifier', included: false }],
    ['94% distinct strings stay categorical', 'email', range(100, (i) => `u${i % 94}@x.org`), { kind: 'categorical' }],
    [
      'distinct strings on under 20 non-missing rows stay categorical',
      'code',
      [...range(19, (i) => `K-${i}`), ...range(30, () => '')],
      { kind: 'categorical' },
    ],
    [
      'near-unique measures stay numeric',
      'income',
      range(400, (i) => String(20000 + ((i * 7919) % 400) * 13.5)),
      { kind: 'numeric', integer: false, decimals: 1, fixedDecimals: false },
    ],
    ['long, mostly distinct strings', 'comment', range(30, (i) => sentence(i % 20)), { kind: 'text', included: false }],
    ['long but repeated strings stay categorical', 'plan', range(30, (i) => sentence(i % 3)), { kind: 'categorical' }],
    [
      'a name ending in "id" without a separator is no hint',
      'paid',
      range(25, (i) => String(i * 7 + 3)),
      { kind: 'numeric', integer: true, decimals: 0, fixedDecimals: true },
    ],
  ] as const)('%s', (_, name, values, expected) => {
    const included = 'included' in expected ? expected.included : true;
    expect(column(name, values)).toEqual({ name, included, ...expected });
  });

  it('decides the kind from distinct values: a 100k-row column costs its distinct values', () => {
    const text = ['g', ...range(100_000, (i) => `g${i % 5}`)].join('\n');
    const schema = inferSchema(parseDelimited(text, { source: 't.csv' }));
    expect(schema.columns[0].kind).toBe('categorical');
  });
});

describe('inferSchema overrides', () => {
  const raw = parseDelimited('a,b,d,n\n1,x,2020-01-02,1.5\n2,y,2020-01-03,x\n', { source: 'o.csv' });

  it.each([
    ['kind categorical', { a: { kind: 'categorical' } }, { name: 'a', kind: 'categorical', included: true }],
    ['included only', { a: { included: false } }, { name: 'a', kind: 'numeric', included: false, integer: true, decimals: 0, fixedDecimals: true }],
    ['format alone means datetime', { a: { format: '%Y' } }, { name: 'a', kind: 'datetime', included: true, format: '%Y' }],
    ['identifier is left out by default', { b: { kind: 'identifier' } }, { name: 'b', kind: 'identifier', included: false }],
    ['text can be included', { b: { kind: 'text', included: true } }, { name: 'b', kind: 'text', included: true }],
    ['datetime detected when no format is given', { d: { kind: 'datetime' } }, { name: 'd', kind: 'datetime', included: true, format: '%Y-%m-%d' }],
    ['a kept format replaces the detected one', { d: { format: '%Y-%d-%m' } }, { name: 'd', kind: 'datetime', included: true, format: '%Y-%d-%m' }],
    [
      'numeric decimals from the values that are numbers',
      { n: { kind: 'numeric' } },
      { name: 'n', kind: 'numeric', included: true, integer: false, decimals: 1, fixedDecimals: true },
    ],
  ] as const)('%s', (_, overrides, expected) => {
    const schema = inferSchema(raw, { overrides });
    expect(schema.columns.find((c) => c.name === expected.name)).toEqual(expected);
  });

  it.each([
    [
      'unknown column names',
      { nope: { kind: 'numeric' }, Nope: {} },
      'o.csv: the column settings name columns not in the data: "nope", "Nope"; check the spelling against the header or remove them',
    ],
    [
      'datetime without a format that fits',
      { b: { kind: 'datetime' } },
      'o.csv: column "b" is marked as a date, but no known date format fits its values (such as "x"); give its format, e.g. %Y-%m-%d %H:%M:%S',
    ],
    [
      'an unknown directive',
      { d: { format: '%b %d %Q' } },
      'o.csv: column "d" has date format "%b %d %Q", which uses an unknown directive %Q; use Python strftime directives',
    ],
    [
      'a directive that names no date',
      { d: { format: '%Y week %U' } },
      'o.csv: column "d" has date format "%Y week %U", which uses %U (week of the year), a directive Synthor cannot turn back into a date; write the date with %Y %m %d or %Y %j',
    ],
  ] as const)('refuses %s', (_, overrides, message) => {
    expect(() => inferSchema(raw, { overrides })).toThrow(message);
  });
});
