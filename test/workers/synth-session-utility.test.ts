import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';
import { buildTargets } from '../../src/stats/tables/build-targets.ts';
import { targetsToJson } from '../../src/stats/stats-json/targets-to-json.ts';
import { splitHoldout } from '../../src/workers/split-holdout.ts';
import { SynthSession } from '../../src/workers/synth-session.ts';
import { PENGUINS, SETUP, finishedRun, value } from './session-fixture.ts';

const badInput = (message: unknown) => ({ ok: false, error: { code: 'bad-input', message } });

/** Share of the most frequent species among the rows the session holds out with SETUP (the same seeded split). */
async function heldOutMajorityRate(): Promise<number> {
  const { dataset } = await loadDataset(PENGUINS);
  const { holdout } = splitHoldout(dataset, { share: SETUP.holdoutShare, seed: SETUP.seed });
  const species = holdout?.columns[0];
  if (species?.type !== 'categorical') throw new Error('Species is the first, categorical column');
  const counts = new Map<number, number>();
  for (const code of species.codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return Math.max(...counts.values()) / species.codes.length;
}

describe('SynthSession: utility (train on synthetic, test on real)', () => {
  it('lists the columns it can predict in the report, with the task and classes of each', async () => {
    const { session } = await finishedRun();
    const { utilityTargets } = value(await session.report());
    expect(utilityTargets.map((t) => [t.column, t.task])).toEqual([
      ['Species', 'multiclass'],
      ['Island', 'multiclass'],
      ['Beak Length (mm)', 'regression'],
      ['Beak Depth (mm)', 'regression'],
      ['Flipper Length (mm)', 'regression'],
      ['Body Mass (g)', 'regression'],
      // The file's one "." makes a third class.
      ['Sex', 'multiclass'],
    ]);
    expect(utilityTargets.find((t) => t.column === 'Sex')?.classes).toEqual(['MALE', 'FEMALE', '.']);
  });

  it('predicts Species from the synthetic rows nearly as well as from the real ones, both far above the majority class', async () => {
    const { session } = await finishedRun();
    const majority = await heldOutMajorityRate();
    const utility = value(await session.utility('Species'));
    expect(utility).toMatchObject({ target: 'Species', task: 'multiclass', positive: null, rows: { synthetic: 300, real: 275, holdout: 69 } });
    expect(utility.learntFrom).toEqual({ synthetic: 300, real: 275 });
    expect(utility.learner).toMatch(/^Random forest, 50 trees .* \(ml-random-forest 2\.1\.0\)$/);
    const { trainedOnReal, trainedOnSynthetic } = utility;
    expect(trainedOnReal.accuracy).toBeGreaterThan(majority + 0.3);
    expect(trainedOnSynthetic.accuracy).toBeGreaterThan(majority + 0.2);
    expect(trainedOnReal.accuracy).toBeGreaterThanOrEqual((trainedOnSynthetic.accuracy ?? 1) - 0.1);
    // The same run, asked again: the same scores.
    expect(value(await session.utility('Species'))).toEqual(utility);
  });

  it('binary: the positive class asked for, and the rarer one by default', async () => {
    // A label the two numbers decide, "yes" in about a third of the rows.
    const lines = [
      'x,y,label',
      ...Array.from({ length: 240 }, (_, i) => [(i * 37) % 100, (i * 61) % 100]).map(([x, y]) => `${x},${y},${x + y > 120 ? 'yes' : 'no'}`),
    ];
    const session = new SynthSession();
    value(await session.loadFile({ name: 'label.csv', bytes: new TextEncoder().encode(lines.join('\n') + '\n') }));
    value(await session.setup({ ...SETUP, rows: 240 }));
    value(await session.start(() => {}));
    const byDefault = value(await session.utility('label'));
    expect(byDefault).toMatchObject({ task: 'binary', classes: ['no', 'yes'], positive: 'yes' });
    expect(Object.keys(byDefault.trainedOnReal)).toEqual(['f1', 'rocAuc']);
    expect(byDefault.trainedOnReal.rocAuc).toBeGreaterThan(0.9);
    // One seed's 240 rows swing the synthetic-trained AUC between 0.67 and 0.94: the median of three seeds is compared.
    const aucs = [byDefault.trainedOnSynthetic.rocAuc ?? 0];
    for (const seed of [SETUP.seed + 1, SETUP.seed + 2]) {
      const again = new SynthSession();
      value(await again.loadFile({ name: 'label.csv', bytes: new TextEncoder().encode(lines.join('\n') + '\n') }));
      value(await again.setup({ ...SETUP, rows: 240, seed }));
      value(await again.start(() => {}));
      aucs.push(value(await again.utility('label')).trainedOnSynthetic.rocAuc ?? 0);
    }
    expect(aucs.sort((a, b) => a - b)[1]).toBeGreaterThan(0.7);
    expect(value(await session.utility('label', 'no'))).toMatchObject({ classes: ['yes', 'no'], positive: 'no' });
  });

  it('says which column and what to do when the target cannot be predicted', async () => {
    const { session } = await finishedRun();
    expect(await session.utility('Specie')).toEqual(
      badInput(
        'utility: target "Specie" is not a column (columns: Species, Island, Beak Length (mm), Beak Depth (mm), Flipper Length (mm), Body Mass (g), Sex)',
      ),
    );
    expect(await session.utility('Species', 'Adelie')).toEqual(badInput('utility: a positive class applies to a binary target; "Species" has 3 classes'));
  });

  it('refuses a column with one value, naming it', async () => {
    const lines = ['kind,size,same', ...Array.from({ length: 60 }, (_, i) => `${i % 3 === 0 ? 'a' : 'b'},${i % 7},z`)];
    const session = new SynthSession();
    value(await session.loadFile({ name: 'one.csv', bytes: new TextEncoder().encode(lines.join('\n') + '\n') }));
    value(await session.setup({ ...SETUP, rows: 50 }));
    value(await session.start(() => {}));
    expect(await session.utility('same')).toEqual(
      badInput('utility: target "same" has a single class ("z") in the real data; nothing to predict; choose another column'),
    );
    expect(value(await session.report()).utilityTargets.map((t) => t.column)).toEqual(['kind', 'size']);
  });

  it('needs a finished run with a holdout and real rows, and says how to get one', async () => {
    const session = new SynthSession();
    expect(await session.utility('Species')).toEqual(badInput('synth: no run yet; set one up with Synthesize first'));

    const { session: noHoldout } = await finishedRun({ ...SETUP, holdoutShare: 0 });
    expect(await noHoldout.utility('Species')).toEqual(
      badInput('utility: this run kept no real rows back to test on; set the holdout share above 0 and synthesize again'),
    );
    expect(value(await noHoldout.report()).utilityTargets).toEqual([]);

    const { dataset } = await loadDataset(PENGUINS);
    const stats = JSON.stringify(targetsToJson(buildTargets(dataset, { joints: [['Species', 'Island']] })));
    const fromStats = new SynthSession();
    value(await fromStats.importStats({ name: 'stats.json', bytes: new TextEncoder().encode(stats) }));
    value(await fromStats.setup({ ...SETUP, holdoutShare: 0.2 }));
    value(await fromStats.start(() => {}));
    expect(await fromStats.utility('Species')).toEqual(
      badInput(
        'utility: this run has no real rows to learn from or test on (it was made from a stats.json, or resumed without its data file); load the data file and synthesize again',
      ),
    );
  });
});
