import { readFileSync } from 'node:fs';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import type { CategoricalColumn, NumericColumn } from '../../../src/stats/column.ts';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));
const metadata = JSON.parse(new TextDecoder().decode(fixture('ingest/mixed-missing-metadata.json')));

describe('loadDataset', () => {
  it('reads, infers and encodes the SDMetrics mixed-missing table with its metadata', async () => {
    const { dataset, warnings } = await loadDataset({ name: 'real.csv', bytes: fixture('ingest/mixed-missing-real.csv') }, { metadata });
    expect(warnings).toEqual([]);
    expect(dataset.rowCount).toBe(200);
    expect(dataset.schema.columns).toEqual([
      { name: 'income', kind: 'numeric', included: true, integer: false, decimals: 2, fixedDecimals: false },
      { name: 'segment', kind: 'categorical', included: true },
      { name: 'active', kind: 'boolean', included: true },
      { name: 'visits', kind: 'numeric', included: true, integer: true, decimals: 0, fixedDecimals: true },
      { name: 'signup_time', kind: 'datetime', included: true, format: '%Y-%m-%d %H:%M:%S' },
    ]);
  });

  it('infers columns the metadata leaves out, and lets overrides win field by field', async () => {
    const bytes = new TextEncoder().encode('a,b,c\n1,x,2020-01-01\n2,y,2020-01-02\n');
    const { dataset } = await loadDataset(
      { name: 't.csv', bytes },
      { metadata: { columns: { a: { sdtype: 'categorical' }, c: { sdtype: 'id' } } }, overrides: { c: { included: true } } },
    );
    expect(dataset.schema.columns).toEqual([
      { name: 'a', kind: 'categorical', included: true },
      { name: 'b', kind: 'categorical', included: true },
      { name: 'c', kind: 'identifier', included: true },
    ]);
    expect((dataset.columns[0] as CategoricalColumn).dictionary).toEqual([null, '1', '2']);
  });

  it('uses a given schema as is (a synthetic file read like the real one)', async () => {
    const real = await loadDataset({ name: 'penguins.csv', bytes: fixture('datasets/penguins.csv') });
    const synthetic = new TextEncoder().encode(
      'Species,Island,Beak Length (mm),Beak Depth (mm),Flipper Length (mm),Body Mass (g),Sex\nGentoo,Biscoe,47.25,15,220,5000,\n',
    );
    const { dataset } = await loadDataset({ name: 'synthetic.csv', bytes: synthetic }, { schema: real.dataset.schema });
    expect(dataset.schema).toBe(real.dataset.schema);
    expect(dataset.rowCount).toBe(1);
  });

  it('reads Parquet dates and timestamps as datetime columns', async () => {
    const day = new Date(Date.UTC(2024, 1, 29));
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'day', data: [day, null] },
        { name: 'at', data: [day, new Date(Date.UTC(2024, 1, 29, 1, 2, 3, 45))] },
      ],
      schema: [
        { name: 'root', num_children: 2 },
        { name: 'day', type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' },
        { name: 'at', type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', repetition_type: 'OPTIONAL' },
      ],
    });
    const { dataset } = await loadDataset({ name: 'd.parquet', bytes: new Uint8Array(buffer) });
    expect(dataset.schema.columns).toEqual([
      { name: 'day', kind: 'datetime', included: true, format: '%Y-%m-%d' },
      { name: 'at', kind: 'datetime', included: true, format: '%Y-%m-%dT%H:%M:%S.%3fZ' },
    ]);
    expect(Array.from((dataset.columns[1] as NumericColumn).values)).toEqual([day.getTime(), Date.UTC(2024, 1, 29, 1, 2, 3, 45)]);
  });

  it('names metadata columns the data lacks', async () => {
    await expect(loadDataset({ name: 'real.csv', bytes: new TextEncoder().encode('income\n1\n') }, { metadata })).rejects.toThrow(
      'real.csv: the column settings name columns not in the data: "segment", "active", "visits", "signup_time"; check the spelling against the header or remove them',
    );
  });
});
