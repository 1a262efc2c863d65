import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { xgboostLearner } from '../../../../src/cli/xgboost-learner.ts';
import type { Dataset } from '../../../../src/stats/dataset.ts';
import { loadDataset } from '../../../../src/stats/ingest/load-dataset.ts';
import { trainSyntheticTestReal } from '../../../../src/stats/metrics/utility/train-synthetic-test-real.ts';
import { ROOT } from '../../../cli/run-synth.ts';

// Penguins halves (test/fixtures/sdmetrics/README.md): real = one half, holdout = the other half.
const CASE = join(ROOT, 'test/fixtures/sdmetrics/penguins-holdout');
const metadata = JSON.parse(readFileSync(join(CASE, 'metadata.json'), 'utf8')) as unknown;
const real = (await loadDataset({ name: 'real.csv', bytes: readFileSync(join(CASE, 'real.csv')) }, { metadata })).dataset;
const holdout = (await loadDataset({ name: 'holdout.csv', bytes: readFileSync(join(CASE, 'synthetic.csv')) }, { schema: real.schema })).dataset;

const utility = (synthetic: Dataset, target: string) => trainSyntheticTestReal({ real, synthetic, holdout, target, learner: xgboostLearner });

describe('trainSyntheticTestReal', () => {
  it('scores a copy of the real rows exactly as the real rows', async () => {
    const result = await utility(real, 'Species');
    expect(result.trainedOnSynthetic).toEqual(result.trainedOnReal);
    // Species is nearly separable from the beak and flipper measurements.
    expect(result.trainedOnReal.macroF1).toBeGreaterThan(0.9);
  });

  it('leaves out rows without a target and counts the rows used', async () => {
    const result = await utility(real, 'Sex');
    expect(result).toMatchObject({ task: 'binary', classes: ['FEMALE', 'MALE'], positive: 'MALE' });
    // The real half has 4 rows without Sex; the holdout 6, and its one "." is not a class of the real rows.
    expect(result.rows).toEqual({ synthetic: 168, real: 168, holdout: 165 });
    // XGBoost has no row limit: each model learnt from every row with a target.
    expect(result.learntFrom).toEqual({ synthetic: 168, real: 168 });
  });

  it('has no scores when no synthetic row has a class the real rows know', async () => {
    const synthetic = (await loadDataset({ name: 'odd.csv', bytes: new TextEncoder().encode(oddSpecies()) }, { schema: real.schema })).dataset;
    const result = await utility(synthetic, 'Species');
    expect(result.rows.synthetic).toBe(0);
    expect(result.trainedOnSynthetic).toEqual({ macroF1: null, accuracy: null });
  });
});

/** The real half with every species renamed. */
function oddSpecies(): string {
  const [header, ...lines] = readFileSync(join(CASE, 'real.csv'), 'utf8').trimEnd().split('\n');
  return [header, ...lines.map((l) => `Unknown${l.slice(l.indexOf(','))}`)].join('\n') + '\n';
}
