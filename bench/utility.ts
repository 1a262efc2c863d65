import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { xgboostLearner } from '../src/cli/xgboost-learner.ts';
import { formatTable } from '../src/cli/format-table.ts';
import { loadDataset } from '../src/stats/ingest/load-dataset.ts';
import { trainSyntheticTestReal, type Utility } from '../src/stats/metrics/utility/train-synthetic-test-real.ts';
import type { SetupOptions } from '../src/workers/synth-api.ts';
import { splitHoldout } from '../src/workers/split-holdout.ts';
import { SynthSession } from '../src/workers/synth-session.ts';
import type { WorkerResult } from '../src/workers/worker-error.ts';
import { DATA_DIR } from './real/real-tables.ts';
import { writeResults } from './write-results.ts';

/** The app's defaults (src/ui/setup-fields.ts) with as many rows as the file. */
const SETUP: SetupOptions = { rows: 10_000, seed: 1, maxIterations: 60, proposalsPerIteration: 8, joints: null, rules: [], holdoutShare: 0.2 };
const TARGETS = ['income', 'race', 'age'];
const say = (s: string) => process.stderr.write(s + '\n');

function value<T>(result: WorkerResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/**
 * `npm run bench -- utility`: the report's utility as the app runs it, in Node:
 * a SynthSession loads Adult's 10,000 training rows, synthesises 10,000 rows
 * with the app's defaults (a fifth held out), then `utility` predicts income
 * (binary), race (5 classes) and age (regression) with the random forest; its
 * wall time beside XGBoost's scores (the CLI's learner) on the same rows.
 * Reports; asserts nothing.
 */
export async function utilityBench(): Promise<void> {
  const file = { name: 'train.csv', bytes: new Uint8Array(readFileSync(join(DATA_DIR, 'adult/train.csv'))) };
  const session = new SynthSession();
  value(await session.loadFile(file));
  say('adult: synthesising 10,000 rows …');
  value(await session.setup(SETUP));
  value(await session.start(() => {}));
  // The same split the session made (seeded), and its rows read back, for XGBoost.
  const { dataset } = await loadDataset(file);
  const { training, holdout } = splitHoldout(dataset, { share: SETUP.holdoutShare, seed: SETUP.seed });
  if (!holdout) throw new Error('the setup holds rows out');
  const csv = new Uint8Array(await value(await session.exportCsv()).arrayBuffer());
  const synthetic = (await loadDataset({ name: 'synthetic.csv', bytes: csv }, { schema: training.schema })).dataset;
  const results: { target: string; ms: number; forest: Utility; xgboost: Utility }[] = [];
  for (const target of TARGETS) {
    say(`adult: utility of ${target} …`);
    const start = performance.now();
    const forest = value(await session.utility(target));
    const ms = performance.now() - start;
    const xgboost = await trainSyntheticTestReal({ real: training, synthetic, holdout, target, learner: xgboostLearner });
    results.push({ target, ms, forest, xgboost });
  }
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? '-' : v.toFixed(3));
  const rows = results.flatMap(({ target, ms, forest, xgboost }) =>
    Object.keys(forest.trainedOnReal).map((m) => {
      const metric = m as keyof Utility['trainedOnReal'];
      return [
        target,
        metric,
        cell(forest.trainedOnSynthetic[metric]),
        cell(forest.trainedOnReal[metric]),
        cell(xgboost.trainedOnSynthetic[metric]),
        cell(xgboost.trainedOnReal[metric]),
        (ms / 1000).toFixed(1),
      ];
    }),
  );
  process.stdout.write(`Adult, 10,000 rows (8,000 training, 2,000 held out), 10,000 synthetic rows, seed ${SETUP.seed}\n`);
  process.stdout.write(
    formatTable(['target', 'score', 'forest: synthetic', 'forest: real', 'XGBoost: synthetic', 'XGBoost: real', 'forest seconds (both models)'], rows) + '\n',
  );
  const out = writeResults({ name: 'utility', data: { setup: SETUP, results } });
  say(`wrote ${out}`);
}
