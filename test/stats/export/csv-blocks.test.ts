import { describe, expect, it } from 'vitest';
import { csvBlocks, writeCsv } from '../../../src/stats/export/write-csv.ts';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';

// Quotes, delimiters and line breaks in cells and the header, formula-leading text, missing values of each kind.
const TRICKY =
  'name,"note, with comma",amount,when\n"=SUM(A1)","say ""hi""",1.5,2020-01-01\n+cmd,"two\nlines",,2020-01-02\n-minus,@at,NA,\n' +
  ',plain,-3,2020-01-03\n"a,b",=x,7,2020-01-04\n@sum,"",NA,2020-01-05\nNA,"q""",2.25,2020-01-06\n';
// What writeCsv wrote for TRICKY before it was built from blocks.
const WRITTEN =
  'name,"note, with comma",amount,when\n\'=SUM(A1),"say ""hi""",1.5,2020-01-01\n\'+cmd,"two\nlines",NA,2020-01-02\n\'-minus,\'@at,NA,\n' +
  ',plain,-3,2020-01-03\n"a,b",\'=x,7,2020-01-04\n\'@sum,,NA,2020-01-05\n,"q""",2.25,2020-01-06\n';

const tricky = async () => (await loadDataset({ name: 't.csv', bytes: new TextEncoder().encode(TRICKY) })).dataset;

describe('csvBlocks', () => {
  it('writes the tricky table as writeCsv always has', async () => {
    expect(writeCsv(await tricky())).toBe(WRITTEN);
  });

  it.each([1, 2, 3, 5, 7, 65_536])('joins to the same bytes with %i rows per block, each block whole lines', async (rowsPerBlock) => {
    const blocks = [...csvBlocks(await tricky(), { rowsPerBlock })];
    expect(blocks.join('')).toBe(WRITTEN);
    expect(blocks).toHaveLength(1 + Math.ceil(7 / rowsPerBlock));
    expect(blocks[0]).toBe('name,"note, with comma",amount,when\n');
    for (const block of blocks) expect(block.endsWith('\n')).toBe(true);
  });

  it('keeps the delimiter and neutralizing options across blocks', async () => {
    const options = { delimiter: ';', neutralizeFormulas: false };
    expect([...csvBlocks(await tricky(), { ...options, rowsPerBlock: 2 })].join('')).toBe(writeCsv(await tricky(), options));
  });

  it('refuses a block size that is not a whole number from 1', async () => {
    const dataset = await tricky();
    expect(() => [...csvBlocks(dataset, { rowsPerBlock: 0 })]).toThrow('csv: rows per block must be a whole number from 1, got 0');
  });
});
