import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe } from 'vitest';
import { DUCKDB } from './sql-template.ts';
import { PENGUINS, describeTemplate } from './template-suite.ts';

// docs/sql/duckdb.sql in an in-memory DuckDB (@duckdb/node-api), CSVs loaded with read_csv.
let tmp: string;
let c: DuckDBConnection;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'synthor-duckdb-'));
  const db = await DuckDBInstance.create(':memory:');
  c = await db.connect();
});
afterAll(() => {
  c.closeSync();
  rmSync(tmp, { recursive: true, force: true });
});

/** Rows as plain objects, BIGINTs as numbers. */
async function run(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await c.runAndReadAll(sql);
  return JSON.parse(JSON.stringify(reader.getRowObjectsJS(), (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))) as Record<string, unknown>[];
}

describe('docs/sql/duckdb.sql in DuckDB', () => {
  describeTemplate(DUCKDB, () => ({
    run,
    loadExample: async (csv) => {
      const path = join(tmp, 'example.csv');
      writeFileSync(path, csv);
      await c.run(`CREATE OR REPLACE TABLE penguins AS SELECT * FROM read_csv('${path}', header = true)`);
    },
    loadPenguins: async () => {
      await c.run(
        `CREATE OR REPLACE TABLE penguins AS SELECT "Species" AS species, "Island" AS island, "Body Mass (g)" AS mass FROM read_csv('${PENGUINS.pathname}', header = true)`,
      );
    },
  }));
});
