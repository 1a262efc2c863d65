import { describe, expect, it } from 'vitest';
import { csvBlocks, csvByteBlocks, writeCsv } from '../../../src/stats/export/write-csv.ts';
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

  it('writes as bytes the UTF-8 of the text, past the first buffer and with a delimiter outside ASCII', async () => {
    // A category of 100k characters (two UTF-8 bytes each) outgrows the 64 KiB buffer; accents in numbers' missing token and the header.
    const long = 'é'.repeat(100_000);
    const text = `nom,montant\n${long},1.5\ncafé,\nthé,-2\n`;
    const dataset = (await loadDataset({ name: 'u.csv', bytes: new TextEncoder().encode(text) })).dataset;
    for (const options of [{}, { delimiter: '§' }, { delimiter: '\t', rowsPerBlock: 1 }]) {
      const bytes = [...csvByteBlocks(dataset, options)];
      const joined = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
      bytes.reduce((at, b) => (joined.set(b, at), at + b.length), 0);
      expect(new TextDecoder().decode(joined)).toBe(writeCsv(dataset, options));
      expect(joined.length).toBeGreaterThan(200_000);
    }
    expect(writeCsv(dataset, { delimiter: '§' })).toBe(`nom§montant\n${long}§1.5\ncafé§\nthé§-2\n`);
  });
});
