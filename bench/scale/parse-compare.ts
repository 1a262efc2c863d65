import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { inferSchema, initParser } from 'udsv';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';

export interface ParseComparison {
  readonly bytes: number;
  /** Our loadDataset on the file's bytes: decode, parse, infer the schema, encode to typed columns. Best of `rounds`. */
  readonly oursMs: number;
  /** uDSV 0.7.3: decode, inferSchema, stringArrs (rows of strings). Best of `rounds`. */
  readonly udsvMs: number;
  /** d3-dsv csvParseRows: decode, rows of strings. Best of `rounds`. */
  readonly d3Ms: number;
  readonly rounds: number;
  /** Rows each one found (header excluded), so a parser that stopped early shows. */
  readonly rows: { ours: number; udsv: number; d3: number };
}

/**
 * Parse + type + encode of one file by us beside uDSV and d3-dsv parsing the
 * same bytes to arrays, in this process, `rounds` rounds alternating the three
 * (so a busy moment of the machine falls on each alike), best of each.
 * A stand-in for bench/ingest.ts's compareIngest until that lands.
 */
export async function compareParse(path: string, rounds = 3): Promise<ParseComparison> {
  const bytes = new Uint8Array(readFileSync(path));
  const name = basename(path);
  const best = { ours: Infinity, udsv: Infinity, d3: Infinity };
  const rows = { ours: 0, udsv: 0, d3: 0 };
  const time = async (key: keyof typeof best, run: () => number | Promise<number>) => {
    const start = performance.now();
    rows[key] = await run();
    best[key] = Math.min(best[key], performance.now() - start);
  };
  for (let round = 0; round < rounds; round++) {
    await time('ours', async () => (await loadDataset({ name, bytes })).dataset.rowCount);
    await time('udsv', () => {
      const text = new TextDecoder().decode(bytes);
      return initParser(inferSchema(text)).stringArrs(text).length;
    });
    await time('d3', () => csvParseRows(new TextDecoder().decode(bytes)).length - 1);
  }
  return { bytes: bytes.length, oursMs: best.ours, udsvMs: best.udsv, d3Ms: best.d3, rounds, rows };
}
