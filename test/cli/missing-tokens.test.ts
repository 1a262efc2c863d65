import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, synth } from './run-synth.ts';

// Adult-like: unknown workclass written '?', unknown age written 'NA', no empty field anywhere.
const INPUT = join(ROOT, 'test/fixtures/ingest/missing-tokens.csv');
const dir = mkdtempSync(join(tmpdir(), 'synth-missing-'));
const rowsOf = (path: string) =>
  readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));

/** The input's rows and the output's: same header, '?' and 'NA' where the input had them, never an empty field. */
function expectTokensKept(out: string): void {
  expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('age,workclass,hours,sex');
  const rows = rowsOf(out);
  expect(rows).toHaveLength(200);
  expect(rows.filter((r) => r[1] === '?').length).toBeGreaterThan(0);
  expect(rows.filter((r) => r[0] === 'NA').length).toBeGreaterThan(0);
  expect(rows.flat().filter((field) => field === '')).toEqual([]);
  for (const [age, workclass, hours, sex] of rows) {
    expect(age).toMatch(/^(\d+|NA)$/);
    expect(['Private', 'Self-emp', 'Gov', '?']).toContain(workclass);
    expect(hours).toMatch(/^\d+$/);
    expect(['Male', 'Female']).toContain(sex);
  }
}

describe('synth generate writes missing values as the input wrote them', () => {
  it('from the data: "?" in the categorical column, "NA" in the numeric one', async () => {
    const out = join(dir, 'out.csv');
    const run = await synth(['generate', '--input', INPUT, '--rows', '200', '--seed', '1', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectTokensKept(out);
  });

  it("from a stats.json written by synth stats, which records each column's token", async () => {
    const stats = join(dir, 'stats.json');
    expect((await synth(['stats', '--input', INPUT, '--out', stats])).code).toBe(0);
    const schema = JSON.parse(readFileSync(stats, 'utf8')).schema.columns as { name: string; missingToken?: string }[];
    expect(schema.map((c) => c.missingToken)).toEqual(['NA', '?', undefined, undefined]);
    const out = join(dir, 'from-stats.csv');
    const run = await synth(['generate', '--stats', stats, '--rows', '200', '--seed', '1', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectTokensKept(out);
  });
});
