import { chmodSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { startPostgres, type PostgresServer } from './postgres-server.ts';
import { POSTGRESQL } from './sql-template.ts';
import { PENGUINS, describeTemplate } from './template-suite.ts';

// docs/sql/postgresql.sql on a real PostgreSQL server started for this file (./postgres-server.ts),
// through the `pg` client; CSVs loaded with server-side COPY from the server's own temp dir.
let server: PostgresServer | undefined;
let client: pg.Client | undefined;

beforeAll(async () => {
  server = startPostgres();
  // count(*) is bigint, which pg returns as text: these counts fit a number.
  client = new pg.Client({
    host: server.host,
    port: server.port,
    user: 'postgres',
    database: 'postgres',
    types: { getTypeParser: (oid, format) => (oid === 20 ? Number : pg.types.getTypeParser(oid, format)) },
  });
  await client.connect();
}, 30_000);
afterAll(async () => {
  await client?.end();
  server?.stop();
});

async function run(sql: string): Promise<Record<string, unknown>[]> {
  return (await client!.query<Record<string, unknown>>(sql)).rows;
}

/** A file the server process (OS user postgres) can read. */
function serverFile(name: string, write: (path: string) => void): string {
  const path = join(server!.dir, name);
  write(path);
  chmodSync(path, 0o644);
  return path;
}

describe('docs/sql/postgresql.sql in PostgreSQL', () => {
  describeTemplate(POSTGRESQL, () => ({
    run,
    loadExample: async (csv) => {
      const path = serverFile('example.csv', (p) => writeFileSync(p, csv));
      await run(`DROP TABLE IF EXISTS penguins; CREATE TABLE penguins (species text, island text, mass double precision);
        COPY penguins FROM '${path}' (FORMAT csv, HEADER true)`);
    },
    loadPenguins: async () => {
      const path = serverFile('penguins.csv', (p) => copyFileSync(PENGUINS, p));
      await run(`DROP TABLE IF EXISTS raw, penguins;
        CREATE TABLE raw ("Species" text, "Island" text, beak_length text, beak_depth text, flipper text, "Body Mass (g)" double precision, "Sex" text);
        COPY raw FROM '${path}' (FORMAT csv, HEADER true);
        CREATE TABLE penguins AS SELECT "Species" AS species, "Island" AS island, "Body Mass (g)" AS mass FROM raw`);
    },
  }));
});
