import { describe, expect, it } from 'vitest';
import { csvBlob } from '../../../src/stats/export/csv-blob.ts';
import { writeCsv } from '../../../src/stats/export/write-csv.ts';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';

describe('csvBlob', () => {
  it('holds the bytes of writeCsv, put together from blocks of rows', async () => {
    const text = 'a,"b ""c"""\n=1,"x\ny"\n,\n@2,"p,q"\n+3,\n';
    const { dataset } = await loadDataset({ name: 't.csv', bytes: new TextEncoder().encode(text) });
    const blob = csvBlob(dataset, { rowsPerBlock: 2 });
    expect(blob.type).toBe('text/csv');
    expect(await blob.text()).toBe(writeCsv(dataset));
  });
});
