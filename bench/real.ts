import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xgboostLearner } from '../src/cli/xgboost-learner.ts';
import type { Dataset } from '../src/stats/dataset.ts';
import { writeCsv } from '../src/stats/export/write-csv.ts';
import { loadDataset } from '../src/stats/ingest/load-dataset.ts';
import { DEFAULT_MIN_COUNT } from '../src/stats/privacy/disclosure-report.ts';
import type { Schema } from '../src/stats/schema.ts';
import { buildTargets } from '../src/stats/tables/build-targets.ts';
import { independentMarginals } from '../src/synth/baselines/independent-marginals.ts';
import { median } from './ecommerce/median-metrics.ts';
import { generateWithCli } from './real/generate-with-cli.ts';
import { PEERS } from './real/peers.ts';
import { describeTable, medianScores, type TableResult } from './real/real-report.ts';
import { DATA_DIR, REAL_TABLES, type RealTable } from './real/real-tables.ts';
import { scoreCeiling, scoreRun, type RunScores } from './real/score-run.ts';
import { writeHalves } from './real/split-halves.ts';
import { writeResults } from './write-results.ts';

const SEEDS = [1, 2, 3];
const say = (s: string) => process.stderr.write(s + '\n');

/**
 * `npm run bench -- real [adult|penguins|seattle-weather …]`: Synthor as a
 * user runs it (`synth generate` with its defaults) on real tables, scored as
 * `synth evaluate --holdout [--target]` scores it, beside the floor
 * (independent marginals from the same target tables), the ceiling (the real
 * holdout scored against the training rows; a model trained on real rows) and
 * peer figures measured outside the project. Reports; asserts nothing.
 */
export async function realBench(argv: string[]): Promise<void> {
  const tables = argv.length === 0 ? REAL_TABLES : argv.map(findTable);
  const dir = mkdtempSync(join(tmpdir(), 'synthor-bench-real-'));
  const results: TableResult[] = [];
  try {
    for (const table of tables) {
      const result = await runTable(table, dir);
      results.push(result);
      process.stdout.write(describeTable(result, SEEDS) + '\n\n');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const file = writeResults({
    name: tables.length === REAL_TABLES.length ? 'real' : `real-${tables.map((t) => t.id).join('-')}`,
    data: { seeds: SEEDS, tables: results },
  });
  say(`wrote ${file}`);
}

function findTable(id: string): RealTable {
  const table = REAL_TABLES.find((t) => t.id === id);
  if (!table) {
    process.stderr.write(`bench: unknown table "${id}" (tables: ${REAL_TABLES.map((t) => t.id).join(', ')})\n`);
    process.exit(2);
  }
  return table;
}

async function runTable(table: RealTable, dir: string): Promise<TableResult> {
  const paths =
    'split' in table.source
      ? writeHalves({ file: table.source.split, id: table.id, dir })
      : { train: join(DATA_DIR, table.source.train), holdout: join(DATA_DIR, table.source.holdout) };
  const metadataPath = table.metadata === undefined ? undefined : join(DATA_DIR, table.metadata);
  const metadata = metadataPath === undefined ? undefined : (JSON.parse(readFileSync(metadataPath, 'utf8')) as unknown);
  // Read as `synth evaluate` reads them: the training file with the metadata, the others with its schema.
  const training = await read(paths.train, { metadata });
  const holdout = await read(paths.holdout, { schema: training.schema });
  const rows = table.rows ?? training.rowCount;
  // The floor gets the marginals `synth generate` builds by default (disclosure control at the default
  // minimum count); joints do not change the marginals, so none are built here.
  const targets = buildTargets(training, { minCount: DEFAULT_MIN_COUNT });
  const runs = { synthor: [] as RunScores[], floor: [] as RunScores[], trainedOnReal: [] as RunScores[], ms: [] as number[] };
  for (const seed of SEEDS) {
    say(`${table.id}, seed ${seed}: synth generate …`);
    const out = join(dir, `${table.id}-synthetic-${seed}.csv`);
    runs.ms.push(await generateWithCli({ input: paths.train, metadata: metadataPath, rows, seed, out }));
    say(`${table.id}, seed ${seed}: scoring …`);
    const synthor = await scoreRun({ training, holdout, synthetic: await read(out, { schema: training.schema }), utility: table.utility });
    runs.synthor.push(synthor.scores);
    runs.trainedOnReal.push(synthor.trainedOnReal);
    // Written and read back like Synthor's output, so both are scored on what a CSV holds.
    const floor = await fromCsv(independentMarginals({ targets, rows, seed }), training.schema);
    runs.floor.push((await scoreRun({ training, holdout, synthetic: floor, utility: table.utility })).scores);
  }
  const ceiling = { ...scoreCeiling({ training, holdout }), ...pick(medianScores(runs.trainedOnReal), ['tstrF1', 'tstrRocAuc']) };
  return {
    id: table.id,
    rows: { train: training.rowCount, holdout: holdout.rowCount, synthetic: rows },
    synthor: medianScores(runs.synthor),
    floor: medianScores(runs.floor),
    ceiling,
    generateMs: median(runs.ms),
    runs: { synthor: runs.synthor, floor: runs.floor, generateMs: runs.ms },
    utility: table.utility ? { ...table.utility, learner: xgboostLearner.name } : null,
    peers: PEERS[table.id] ?? [],
  };
}

async function read(path: string, options: { metadata?: unknown; schema?: Schema }): Promise<Dataset> {
  return (await loadDataset({ name: path, bytes: readFileSync(path) }, options)).dataset;
}

async function fromCsv(dataset: Dataset, schema: Schema): Promise<Dataset> {
  return (await loadDataset({ name: 'floor.csv', bytes: new TextEncoder().encode(writeCsv(dataset)) }, { schema })).dataset;
}

function pick<K extends keyof RunScores>(scores: RunScores, keys: readonly K[]): Pick<RunScores, K> {
  return Object.fromEntries(keys.map((k) => [k, scores[k]])) as Pick<RunScores, K>;
}
