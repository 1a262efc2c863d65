import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { inferSchema as udsvSchema, initParser } from 'udsv';
import { formatTable } from '../src/cli/format-table.ts';
import { loadDataset } from '../src/stats/ingest/load-dataset.ts';
import { createRng } from '../src/synth/rng.ts';
import { mixedCsv } from './mixed-csv.ts';
import { recordsCsv } from './records-csv.ts';
import { writeResults } from './write-results.ts';

const SEED = 1;
const DEFAULT_ROWS = 1_000_000;
const ROUNDS = 5;
/** The collector, when node runs with --expose-gc (npm run bench does): each timing starts from a collected heap. */
const collect = (globalThis as { gc?: () => void }).gc;

/** Best wall time (ms) of each way to read the same CSV bytes, and the rows each found. */
export interface IngestTimes {
  readonly name: string;
  readonly bytes: number;
  readonly rows: number;
  /** loadDataset: parse + infer the schema + encode to a Dataset (typed, dictionary-coded columns). */
  readonly synthor: number;
  /** uDSV 0.7.3: decode to a string, inferSchema + initParser + stringArrs (untyped string arrays). */
  readonly udsv: number;
  /** d3-dsv: decode to a string, csvParseRows (untyped string arrays). */
  readonly d3: number;
}

type Contender = 'synthor' | 'udsv' | 'd3';

/**
 * Times our full load against uDSV and d3-dsv parsing the same bytes to
 * arrays, best of 5, the order reversed every round so a busy machine hurts
 * each alike, the heap collected before each (what one left behind is not
 * the next one's to clear). Every contender starts from bytes, so each pays for decoding.
 * Rows are checked to agree. Used by `bench ingest` and by `bench scale`.
 */
export async function compareIngest(bytes: Uint8Array, name: string): Promise<IngestTimes> {
  const runs: Record<Contender, () => Promise<number>> = {
    synthor: async () => (await loadDataset({ name, bytes })).dataset.rowCount,
    udsv: async () => {
      const text = new TextDecoder().decode(bytes);
      return initParser(udsvSchema(text)).stringArrs(text).length;
    },
    d3: async () => csvParseRows(new TextDecoder().decode(bytes)).length - 1,
  };
  const order: Contender[] = ['synthor', 'udsv', 'd3'];
  const best: Record<Contender, number> = { synthor: Infinity, udsv: Infinity, d3: Infinity };
  const rows: Partial<Record<Contender, number>> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const contender of round % 2 === 0 ? order : [...order].reverse()) {
      collect?.();
      const start = performance.now();
      rows[contender] = await runs[contender]();
      best[contender] = Math.min(best[contender], performance.now() - start);
    }
  }
  if (new Set(Object.values(rows)).size !== 1) throw new Error(`bench: the parsers disagree on the row count of ${name}: ${JSON.stringify(rows)}`);
  return { name, bytes: bytes.length, rows: rows.synthor as number, ...best };
}

/**
 * `npm run bench -- ingest [--rows 1000000] [--file data.csv]`: our load
 * (parse + type + encode) against uDSV and d3-dsv parsing to string arrays,
 * on the generated mixed 12-column CSV and quoted records with an id and a
 * timestamp on each row (seed 1), and on --file if given.
 * Prints times and ratios (synthor / other: below 1 means we are faster) and
 * writes bench/results/ingest-<date>.json.
 */
export async function ingestBench(argv: string[]): Promise<void> {
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const rowCount = Number(value('--rows') ?? DEFAULT_ROWS);
  if (!Number.isInteger(rowCount) || rowCount < 1) throw new RangeError(`bench: --rows must be a positive integer, got ${value('--rows')}`);
  const say = (s: string) => process.stderr.write(s + '\n');
  const inputs: { name: string; bytes: Uint8Array }[] = [];
  say(`generating ${rowCount.toLocaleString('en')} mixed rows …`);
  inputs.push({ name: `mixed-${rowCount}.csv`, bytes: new TextEncoder().encode(mixedCsv({ rows: rowCount, rng: createRng(SEED) })) });
  say(`generating ${rowCount.toLocaleString('en')} quoted records …`);
  inputs.push({ name: `records-${rowCount}.csv`, bytes: new TextEncoder().encode(recordsCsv({ rows: rowCount, rng: createRng(SEED) })) });
  const file = value('--file');
  if (file !== undefined) inputs.push({ name: basename(file), bytes: new Uint8Array(readFileSync(file)) });
  const results: IngestTimes[] = [];
  for (const input of inputs) {
    say(`${input.name}: ${(input.bytes.length / 1e6).toFixed(1)} MB, best of ${ROUNDS} …`);
    results.push(await compareIngest(input.bytes, input.name));
  }
  const header = ['file', 'MB', 'rows', 'synthor ms', 'uDSV ms', 'd3-dsv ms', 'synthor/uDSV', 'synthor/d3'];
  const lines = results.map((r) => [
    r.name,
    (r.bytes / 1e6).toFixed(1),
    String(r.rows),
    r.synthor.toFixed(0),
    r.udsv.toFixed(0),
    r.d3.toFixed(0),
    (r.synthor / r.udsv).toFixed(2),
    (r.synthor / r.d3).toFixed(2),
  ]);
  process.stdout.write(formatTable(header, lines) + '\n');
  say(`wrote ${writeResults({ name: 'ingest', data: { seed: SEED, rounds: ROUNDS, results } })}`);
}
