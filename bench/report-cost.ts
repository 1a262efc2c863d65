/**
 * The cost of the app's report at scale (issue #15, "Evaluation that scales"):
 * `runReport`, the function the synth worker calls when a run ends, on 1M real
 * rows (split 80/20 into training and holdout, as the app does) and 100k
 * synthetic rows. It prints the wall time of the whole report, the time spent
 * on each step the report announces (its progress lines), the samples it
 * states, and the timing of the main thread's share: none, the report runs in
 * the worker. Not a test: speed is measured here, never asserted.
 *
 *   npx tsx bench/report-cost.ts [mixed.csv] [--rows 1000000] [--synthetic 100000]
 *
 * Without a CSV it generates the 12-column mixed table (bench/mixed-csv.ts).
 * The synthetic rows are independent-marginal draws from the training
 * targets: the report's cost depends on the row counts and columns, not on
 * how good the rows are.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/stats/ingest/load-dataset.ts';
import { DEFAULT_MIN_COUNT } from '../src/stats/privacy/disclosure-report.ts';
import { buildTargets } from '../src/stats/tables/build-targets.ts';
import { independentMarginals } from '../src/synth/baselines/independent-marginals.ts';
import { createRng } from '../src/synth/rng.ts';
import { runReport } from '../src/workers/run-report.ts';
import { splitHoldout } from '../src/workers/split-holdout.ts';
import { comparisonSampleNote, distanceSampleNote } from '../src/workers/synth-api.ts';
import { mixedCsv } from './mixed-csv.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rows: { type: 'string' }, synthetic: { type: 'string' } } });
const rows = Number(values.rows ?? 1_000_000);
const syntheticRows = Number(values.synthetic ?? 100_000);
const seed = 1;
const ms = (from: number) => `${((performance.now() - from) / 1000).toFixed(2)} s`;

let start = performance.now();
const bytes = positionals[0] ? new Uint8Array(readFileSync(positionals[0])) : new TextEncoder().encode(mixedCsv({ rows, rng: createRng(seed) }));
const { dataset } = await loadDataset({ name: positionals[0] ?? 'mixed.csv', bytes });
const { training, holdout } = splitHoldout(dataset, { share: 0.2, seed });
const targets = buildTargets(training, { joints: [], minCount: DEFAULT_MIN_COUNT });
const synthetic = independentMarginals({ targets, rows: syntheticRows, seed: seed + 1 });
console.log(`setup (read, split, targets, ${syntheticRows.toLocaleString('en')} synthetic rows): ${ms(start)}`);
console.log(
  `real ${dataset.rowCount.toLocaleString('en')} × ${dataset.columns.length}: training ${training.rowCount.toLocaleString('en')}, holdout ${holdout?.rowCount.toLocaleString('en') ?? 0}`,
);

// Time per announced step, summed over its columns and pairs ("floor (independent marginals): scoring column pairs 3/66" -> "floor …: scoring column pairs").
const steps = new Map<string, number>();
let current = 'start';
let since = performance.now();
const onProgress = (line: string) => {
  const now = performance.now();
  steps.set(current, (steps.get(current) ?? 0) + now - since);
  current = line.replace(/ \d+\/\d+$/, '');
  since = now;
};
start = performance.now();
const report = runReport({ prepared: { targets, joints: [], training, holdout }, run: { history: [] }, synthetic, seed, onProgress });
onProgress('end');
console.log(`\nrunReport: ${ms(start)}`);
for (const [step, time] of steps) if (step !== 'start') console.log(`  ${(time / 1000).toFixed(2)} s  ${step}`);
console.log(`\nquality ${report.evaluation?.quality?.toFixed(4)}, floor ${report.floor?.quality?.toFixed(4)}, held-out ${report.ceiling?.quality?.toFixed(4)}`);
console.log(comparisonSampleNote(report.comparisonSamples));
if (report.evaluation?.privacy) console.log(distanceSampleNote(report.evaluation.privacy));
