import * as aq from 'arquero';
import type { Dataset } from '../src/stats/dataset.ts';
import { encodeDataset } from '../src/stats/ingest/encode-dataset.ts';
import { parseDelimited } from '../src/stats/ingest/parse-delimited.ts';
import { inferSchema } from '../src/stats/schema/infer-schema.ts';
import { accumulate } from '../src/stats/tables/accumulate.ts';
import { axisCells } from '../src/stats/tables/axis-cells.ts';
import { axisForColumn } from '../src/stats/tables/axis-for-column.ts';
import { buildTargets } from '../src/stats/tables/build-targets.ts';
import { columnPairs } from '../src/stats/tables/column-pairs.ts';
import { emptyTable } from '../src/stats/tables/table.ts';
import { updateTables } from '../src/stats/tables/update-tables.ts';
import type { Rng } from '../src/synth/rng.ts';
import { createRng } from '../src/synth/rng.ts';
import { mixedCsv } from './mixed-csv.ts';
import type { BenchRow } from './report-results.ts';
import { reportResults } from './report-results.ts';
import { timeIt } from './time-it.ts';

const SEED = 20_251_124;

/**
 * `npm run bench -- stats [--rows N]`: ingest a 1M × 12 mixed CSV, count all 66
 * pairwise tables on our typed-array path, update them by a 1k-record batch,
 * and count the same 66 tables with arquero on the same already-binned columns.
 * Done when: 66 tables ≤ 3 s and ≥ 10× faster than arquero (issue "tables").
 */
export async function statsBench(argv: string[]): Promise<void> {
  const rowsFlag = argv.indexOf('--rows');
  const rowCount = rowsFlag >= 0 ? Number(argv[rowsFlag + 1]) : 1_000_000;
  const rng = createRng(SEED);
  const say = (s: string) => process.stderr.write(s + '\n');

  say(`generating ${rowCount} rows × 12 columns of CSV …`);
  // The text and the raw table go out of scope after ingest, so their ~200 MB do not tax the GC in the timed table work.
  const { csvMs, csvBytes, parse, infer, encode } = ingest(rowCount, rng);
  const dataset: Dataset = encode.result;
  const names = dataset.schema.columns.map((c) => c.name);
  const pairs = columnPairs(names);
  say(`kinds: ${dataset.schema.columns.map((c) => `${c.name}:${c.kind}`).join(' ')}`);

  say('our typed-array path …');
  const axes = timeIt(() => names.map((_, i) => axisForColumn(dataset, i)), { repeat: 3 });
  const coded = timeIt(() => axes.result.map((a) => axisCells(a, dataset)), { repeat: 3 });
  const cells = coded.result;
  const count66 = timeIt(
    () =>
      pairs.map(([a, b]) => {
        const [i, j] = [names.indexOf(a), names.indexOf(b)];
        const table = emptyTable([axes.result[i], axes.result[j]]);
        accumulate(table, { cells: [cells[i], cells[j]], sign: 1 });
        return table;
      }),
    { repeat: 3 },
  );
  const targets = timeIt(() => buildTargets(dataset, { joints: pairs }), { repeat: 3 });

  const tables = targets.result.tables;
  const before = tables.map((t) => t.counts.slice());
  const batch = Uint32Array.from({ length: 1000 }, () => rng.int(dataset.rowCount));
  const add = timeIt(() => updateTables(tables, { dataset, rows: batch, sign: 1 }), { repeat: 1 });
  const remove = timeIt(() => updateTables(tables, { dataset, rows: batch, sign: -1 }), { repeat: 1 });
  const addRemove = timeIt(
    () => {
      updateTables(tables, { dataset, rows: batch, sign: 1 });
      updateTables(tables, { dataset, rows: batch, sign: -1 });
    },
    { repeat: 21 },
  );
  if (!tables.every((t, i) => t.counts.every((c, j) => c === before[i][j]))) throw new Error('bench: add then remove did not restore the tables');

  say('arquero on the same binned columns (slow) …');
  const coded_ = aq.table(Object.fromEntries(names.map((n, i) => [n, cells[i]])));
  const arquero = timeIt(() => pairs.map(([a, b]) => coded_.groupby(a, b).count()));
  checkSame({ ours: count66.result[0], theirs: arquero.result[0], pair: pairs[0] });

  const baseline = arquero.ms;
  const rows: BenchRow[] = [
    { operation: 'generate CSV (not compared)', ms: csvMs },
    { operation: 'ingest: parseDelimited', ms: parse },
    { operation: 'ingest: inferSchema', ms: infer },
    { operation: 'ingest: encodeDataset', ms: encode.ms },
    { operation: '12 axes (quantile edges, top-K)', ms: axes.ms },
    { operation: '12 axes: code rows to cells', ms: coded.ms },
    { operation: '66 pairwise tables: counting', ms: count66.ms, ratio: baseline / count66.ms },
    { operation: 'buildTargets: axes + 12 marginals + 66 joints', ms: targets.ms, ratio: baseline / targets.ms },
    { operation: 'update 78 tables: add 1k records', ms: add.ms },
    { operation: 'update 78 tables: remove 1k records', ms: remove.ms },
    { operation: 'update 78 tables: add + remove 1k (median of 21)', ms: addRemove.ms },
    { operation: 'arquero: 66 × groupby(a, b).count()', ms: baseline, baseline: true },
  ];
  const file = reportResults({
    name: 'stats',
    rows,
    meta: { seed: SEED, rowCount, columns: dataset.schema.columns.map((c) => ({ name: c.name, kind: c.kind })), csvBytes },
  });
  say(`wrote ${file}`);
}

/** Generates the CSV text and ingests it (parse, infer, encode), timing each step. */
function ingest(rows: number, rng: Rng): { csvMs: number; csvBytes: number; parse: number; infer: number; encode: { ms: number; result: Dataset } } {
  const csv = timeIt(() => mixedCsv({ rows, rng }));
  const parse = timeIt(() => parseDelimited(csv.result, { source: 'bench.csv' }));
  const infer = timeIt(() => inferSchema(parse.result));
  // Every column takes part, whatever inference thinks of the 5,000-category one.
  const schema = { columns: infer.result.columns.map((c) => ({ ...c, included: true })) };
  const encode = timeIt(() => encodeDataset(parse.result, schema));
  return { csvMs: csv.ms, csvBytes: csv.result.length, parse: parse.ms, infer: infer.ms, encode };
}

/** Arquero's counts for one pair must equal ours cell by cell: the comparison is only fair if both count the same thing. */
function checkSame(options: { ours: { counts: Float64Array; shape: readonly number[] }; theirs: aq.ColumnTable; pair: string[] }): void {
  const { ours, theirs, pair } = options;
  const a = theirs.array(pair[0]) as ArrayLike<number>;
  const b = theirs.array(pair[1]) as ArrayLike<number>;
  const n = theirs.array('count') as ArrayLike<number>;
  let total = 0;
  for (let r = 0; r < n.length; r++) {
    total += n[r];
    if (ours.counts[a[r] * ours.shape[1] + b[r]] !== n[r]) throw new Error(`bench: arquero and ours differ on ${pair.join(' × ')}`);
  }
  if (total !== ours.counts.reduce((s, c) => s + c, 0)) throw new Error(`bench: arquero and ours differ in total on ${pair.join(' × ')}`);
}
