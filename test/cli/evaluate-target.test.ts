import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, synth } from './run-synth.ts';

// Penguins halves (test/fixtures/sdmetrics/README.md): the real half, the other half as holdout, and as synthetic
// the real half with every column shuffled on its own: right marginals, no dependence, so nothing to learn.
const FIXTURES = join(ROOT, 'test/fixtures/sdmetrics');
const REAL = join(FIXTURES, 'penguins-holdout/real.csv');
const HOLDOUT = join(FIXTURES, 'penguins-holdout/synthetic.csv');
const SHUFFLED = join(FIXTURES, 'penguins-shuffled/synthetic.csv');
const METADATA = join(FIXTURES, 'penguins-holdout/metadata.json');
const base = ['evaluate', '--real', REAL, '--synthetic', SHUFFLED, '--metadata', METADATA];

describe('synth evaluate --target', () => {
  it('multiclass: macro F1 and accuracy, trained on real far above trained on shuffled columns', async () => {
    const run = await synth([...base, '--holdout', HOLDOUT, '--target', 'Species', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result).slice(-2)).toEqual(['privacy', 'utility']);
    const { utility } = result;
    expect(Object.keys(utility)).toEqual(['target', 'task', 'classes', 'positive', 'learner', 'rows', 'learntFrom', 'trainedOnSynthetic', 'trainedOnReal']);
    expect(utility).toMatchObject({ target: 'Species', task: 'multiclass', classes: ['Adelie', 'Gentoo', 'Chinstrap'], positive: null });
    expect(utility.rows).toEqual({ synthetic: 172, real: 172, holdout: 172 });
    expect(utility.learntFrom).toEqual({ synthetic: 172, real: 172 });
    expect(Object.keys(utility.trainedOnReal)).toEqual(['macroF1', 'accuracy']);
    expect(utility.trainedOnReal.macroF1).toBeGreaterThan(0.9);
    expect(utility.trainedOnReal.macroF1 - utility.trainedOnSynthetic.macroF1).toBeGreaterThan(0.4);
    expect(utility.trainedOnReal.accuracy).toBeGreaterThan(utility.trainedOnSynthetic.accuracy);
  });

  it('binary: F1 of the class given by --positive and ROC AUC', async () => {
    const run = await synth([...base, '--holdout', HOLDOUT, '--target', 'Sex', '--positive', 'FEMALE', '--json']);
    expect(run.code).toBe(0);
    const { utility } = JSON.parse(run.stdout);
    expect(utility).toMatchObject({ task: 'binary', classes: ['MALE', 'FEMALE'], positive: 'FEMALE' });
    expect(Object.keys(utility.trainedOnSynthetic)).toEqual(['f1', 'rocAuc']);
    expect(utility.trainedOnReal.rocAuc).toBeGreaterThan(0.9);
    expect(utility.trainedOnReal.rocAuc - utility.trainedOnSynthetic.rocAuc).toBeGreaterThan(0.3);
  });

  it('numeric: R², and the text report puts both models side by side', async () => {
    const run = await synth([...base, '--holdout', HOLDOUT, '--target', 'Body Mass (g)']);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    const at = lines.indexOf('Utility: predict Body Mass (g) (regression); trained on each, tested on the holdout');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^Score\s+Trained on synthetic\s+Trained on real$/);
    const [, synthetic, real] = /^R²\s+(-?\d\.\d{4})\s+(-?\d\.\d{4})$/.exec(lines[at + 3]) ?? [];
    expect(Number(real)).toBeGreaterThan(0.6);
    expect(Number(real)).toBeGreaterThan(Number(synthetic) + 0.3);
    expect(lines[at + 4]).toMatch(/^\(XGBoost, 100 trees of depth 6, .*; rows with a target: synthetic 172, real 172, holdout 170\)$/);
  });

  it.each([
    {
      name: '--target without --holdout',
      args: [...base, '--target', 'Species'],
      stderr: 'synth: evaluate: --target needs --holdout, the real rows the models are tested on',
    },
    { name: '--positive without --target', args: [...base, '--holdout', HOLDOUT, '--positive', 'MALE'], stderr: 'synth: evaluate: --positive needs --target' },
    {
      name: 'unknown target',
      args: [...base, '--holdout', HOLDOUT, '--target', 'Speces'],
      stderr:
        'synth: utility: target "Speces" is not a column (columns: Species, Island, Beak Length (mm), Beak Depth (mm), Flipper Length (mm), Body Mass (g), Sex)',
    },
    {
      name: 'positive not a class',
      args: [...base, '--holdout', HOLDOUT, '--target', 'Sex', '--positive', 'male'],
      stderr: 'synth: utility: positive class "male" is not a class of "Sex" (classes: FEMALE, MALE)',
    },
    {
      name: 'positive for three classes',
      args: [...base, '--holdout', HOLDOUT, '--target', 'Island', '--positive', 'Dream'],
      stderr: 'synth: utility: a positive class applies to a binary target; "Island" has 3 classes',
    },
  ])('$name: exit code 2 and this one line', async ({ args, stderr }) => {
    const run = await synth(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(stderr + '\n');
  });
});
