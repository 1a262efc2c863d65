import { describe, expect, it } from 'vitest';
import { recordsCsv } from '../../bench/records-csv.ts';
import type { CategoricalColumn, NumericColumn } from '../../src/stats/column.ts';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';
import { createRng } from '../../src/synth/rng.ts';

describe('the ingest benchmark’s quoted records', () => {
  it('read as an identifier, three categories, an amount and a timestamp, quotes and commas inside fields kept', async () => {
    const text = recordsCsv({ rows: 5000, rng: createRng(1) });
    expect(text.startsWith('"order_id","customer","city","note","amount","placed_at"\r\n')).toBe(true);
    const { dataset } = await loadDataset({ name: 'records.csv', bytes: new TextEncoder().encode(text) });
    expect(dataset.rowCount).toBe(5000);
    expect(dataset.schema.columns.map((c) => c.kind)).toEqual(['identifier', 'categorical', 'categorical', 'categorical', 'numeric', 'datetime']);
    expect(dataset.schema.columns[5]).toMatchObject({ format: '%Y-%m-%dT%H:%M:%S' });
    const [id, customer, , note, , placed] = dataset.columns as [
      CategoricalColumn,
      CategoricalColumn,
      CategoricalColumn,
      CategoricalColumn,
      NumericColumn,
      NumericColumn,
    ];
    expect(id.dictionary[id.codes[4999]]).toBe('5000');
    expect(customer.dictionary).toContain('Lee, "Kim"');
    expect(note.dictionary).toContain('late, "rush"');
    for (const ms of placed.values) expect(ms).toBeGreaterThanOrEqual(Date.UTC(2024, 0, 1));
    // Nearly every row a new timestamp: the case the benchmark is for.
    expect(new Set(placed.values).size).toBeGreaterThan(4900);
  });
});
