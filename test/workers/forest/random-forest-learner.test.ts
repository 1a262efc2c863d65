import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/stats/dataset.ts';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { trainSyntheticTestReal } from '../../../src/stats/metrics/utility/train-synthetic-test-real.ts';
import { createRng } from '../../../src/synth/rng.ts';
import { randomForestLearner } from '../../../src/workers/forest/random-forest-learner.ts';
import { expectMulticlassProbabilities, matrix } from '../../stats/metrics/utility/learner-cases.ts';

// Penguins halves (test/fixtures/sdmetrics/README.md): the forest learns from one half and is tested on the other.
const CASE = new URL('../../fixtures/sdmetrics/penguins-holdout/', import.meta.url);
const metadata = JSON.parse(readFileSync(new URL('metadata.json', CASE), 'utf8')) as unknown;
const half = (await loadDataset({ name: 'real.csv', bytes: readFileSync(new URL('real.csv', CASE)) }, { metadata })).dataset;
const otherHalf = (await loadDataset({ name: 'holdout.csv', bytes: readFileSync(new URL('synthetic.csv', CASE)) }, { schema: half.schema })).dataset;

const fromHalf = (target: string) => trainSyntheticTestReal({ real: half, synthetic: half, holdout: otherHalf, target, learner: randomForestLearner });

/** Share of the most frequent value among the rows that have one. */
function majorityRate(dataset: Dataset, column: string): number {
  const data = dataset.columns.find((c) => c.name === column);
  if (data?.type !== 'categorical') throw new Error(`${column} is not categorical`);
  const counts = new Map<number, number>();
  for (const code of data.codes) if (code !== 0) counts.set(code, (counts.get(code) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return Math.max(...counts.values()) / total;
}

describe('randomForestLearner (ml-random-forest 2.1.0)', () => {
  it('predicts Species from the other penguin columns far better than the majority class', async () => {
    const majority = majorityRate(otherHalf, 'Species');
    const utility = await fromHalf('Species');
    expect(majority).toBeLessThan(0.5);
    expect(utility.trainedOnReal.accuracy).toBeGreaterThan(majority + 0.4);
    expect(utility.trainedOnReal.macroF1).toBeGreaterThan(0.85);
  });

  it('binary: the rarer sex as positive, with a ROC AUC well above chance', async () => {
    const utility = await fromHalf('Sex');
    expect(utility.positive).toBe('MALE');
    expect(utility.trainedOnReal.rocAuc).toBeGreaterThan(0.8);
    expect(utility.trainedOnReal.f1).toBeGreaterThan(0.7);
  });

  it('regression: body mass from the measurements and species, R² > 0.7', async () => {
    const utility = await fromHalf('Body Mass (g)');
    expect(utility.task).toBe('regression');
    expect(utility.trainedOnReal.r2).toBeGreaterThan(0.7);
  });

  it('learns from missing values (NaN): a missing value is a level of its own, below every present one', async () => {
    // Label 1 exactly where x is missing; were NaN compared as a number, every split would send it right with the large values.
    const xs = [-5, 0, 5, Number.NaN];
    const train = Array.from({ length: 200 }, (_, i) => [xs[i % 4]]);
    const labels = Float64Array.from(train, ([x]) => (Number.isNaN(x) ? 1 : 0));
    const p = await randomForestLearner.fitPredict({ task: { kind: 'binary' }, train: matrix(train), labels, test: matrix(xs.map((x) => [x])) });
    expect(Array.from(p)).toEqual([0, 0, 0, 1]);
  });

  it('multiclass: one probability per class and row, summing to 1, the most probable class right', async () => {
    await expectMulticlassProbabilities(randomForestLearner, { sumDigits: 12 });
  });

  it('fits a seeded sample of at most 1,000 rows, and gives the same predictions on every run', async () => {
    expect(randomForestLearner.maxTrainingRows).toBe(1000);
    const rng = createRng(3);
    const train = Array.from({ length: 2500 }, () => [rng.next(), rng.next() < 0.3 ? Number.NaN : rng.next()]);
    const labels = Float64Array.from(train, ([a, b]) => (a + (Number.isNaN(b) ? 0.3 : b) > 1 ? 1 : 0));
    const test = matrix(train.slice(0, 500));
    const run = () => randomForestLearner.fitPredict({ task: { kind: 'binary' }, train: matrix(train), labels, test });
    const first = await run();
    expect(Array.from(await run())).toEqual(Array.from(first));
    const right = first.reduce((n, p, i) => n + ((p > 0.5 ? 1 : 0) === labels[i] ? 1 : 0), 0);
    expect(right / 500).toBeGreaterThan(0.85);
  });
});
