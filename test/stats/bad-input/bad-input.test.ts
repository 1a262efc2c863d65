import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS } from '../../../src/stats/ingest/check-column-count.ts';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import type { RawTable } from '../../../src/stats/raw-table.ts';
import { targetsFromJson } from '../../../src/stats/stats-json/targets-from-json.ts';
import { BIG_FIELD_LENGTH, bigField, fixture, fixturePath, INCONSISTENT_STATS, REFUSED, wideCsv, type BadFile } from './bad-input-corpus.ts';

const load = (file: BadFile) => loadDataset({ name: file.name, bytes: file.bytes() });
const column = (raw: RawTable, name: string) => {
  const c = raw.columns.find((x) => x.name === name)!;
  return Array.from(c.codes, (code) => c.values[code]);
};

describe('bad input: files that must be refused, each with one exact message', () => {
  it.each(REFUSED)('$file.name', async ({ file, message }) => {
    const error = await load(file).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.name).toBe('InputError');
    expect(error?.message).toBe(message);
  });

  it.each(INCONSISTENT_STATS)('$name: stats.json with inconsistent totals', ({ name, message }) => {
    const json: unknown = JSON.parse(readFileSync(fixturePath(name), 'utf8'));
    expect(() => targetsFromJson(json, name)).toThrow(message);
  });
});

describe('bad input: odd files that must load', () => {
  it('a UTF-8 BOM is not part of the first column name', async () => {
    const { dataset, warnings } = await load(fixture('bom.csv'));
    expect(dataset.schema.columns.map((c) => c.name)).toEqual(['species', 'island', 'mass']);
    expect(warnings).toEqual([]);
  });

  it('Latin-1 bytes load as Windows-1252, with a warning naming the first bad byte', async () => {
    const { raw, warnings } = await load(fixture('latin1.csv'));
    expect(column(raw, 'city')).toEqual(['Zürich', 'São Paulo', 'Oslo']);
    expect(warnings).toEqual([
      'latin1.csv: not valid UTF-8 (byte 0xFC at offset 13), so it was read as Windows-1252 (Latin-1); if accented letters look wrong, save the file as UTF-8 and load it again',
    ]);
  });

  it('line breaks inside quotes stay in the field (LF and CRLF)', async () => {
    const { raw, dataset, warnings } = await load(fixture('quoted-newlines.csv'));
    expect(dataset.rowCount).toBe(3);
    expect(column(raw, 'note')).toEqual(['seen on the\nnorth shore', 'two\r\nlines, and a comma', 'plain']);
    expect(warnings).toEqual([]);
  });

  it('a column missing in every row loads as all missing, with a warning', async () => {
    const { dataset, warnings } = await load(fixture('all-missing-column.csv'));
    const empty = dataset.columns[1];
    expect(empty.type === 'categorical' && [...empty.codes]).toEqual([0, 0, 0]);
    expect(warnings).toEqual([
      'all-missing-column.csv: column "empty" is empty in every row, so it stays empty in the synthetic data; remove it from the file if that is a mistake',
    ]);
  });

  it('a constant column loads as a one-category column, without a warning (the synthetic rows repeat the value, which discloses nothing new)', async () => {
    const { dataset, warnings } = await load(fixture('constant-column.csv'));
    const planet = dataset.columns[1];
    expect(planet.type === 'categorical' && planet.dictionary).toEqual([null, 'Earth']);
    expect(warnings).toEqual([]);
  });

  it('a 10 MB field loads whole; the column is free text, so it is left out of synthesis', async () => {
    const { raw, dataset } = await load(bigField);
    expect(raw.columns[1].values[0]).toHaveLength(BIG_FIELD_LENGTH);
    expect(dataset.schema.columns[1]).toEqual({ name: 'note', kind: 'text', included: false });
  });

  it(`${MAX_COLUMNS} columns, the most allowed, load`, async () => {
    const { dataset } = await load(wideCsv(MAX_COLUMNS));
    expect(dataset.columns).toHaveLength(MAX_COLUMNS);
    expect(dataset.rowCount).toBe(3);
  });
});
