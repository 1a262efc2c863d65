import { readFileSync } from 'node:fs';
import type { RawTable } from '../../src/stats/raw-table.ts';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';
import { buildTargets } from '../../src/stats/tables/build-targets.ts';
import type { Targets } from '../../src/stats/tables/targets.ts';
import type { Guidance, Planner, PlannerReply } from '../../src/synth/planner/planner.ts';
import { StatisticalPlanner } from '../../src/synth/planner/statistical-planner.ts';
import { synthesize } from '../../src/synth/synthesize.ts';

const PENGUINS = new URL('../fixtures/datasets/penguins.csv', import.meta.url);

/** Penguins targets with the joints the loop tests use, and the raw table (to look for its rows in prompts). */
export async function penguins(): Promise<{ targets: Targets; raw: RawTable }> {
  const { dataset, raw } = await loadDataset({ name: 'penguins.csv', bytes: readFileSync(PENGUINS) });
  const targets = buildTargets(dataset, {
    joints: [
      ['Species', 'Island'],
      ['Species', 'Sex'],
      ['Species', 'Flipper Length (mm)'],
    ],
  });
  return { targets, raw };
}

/** The guidance a real run gives its planner, iteration by iteration (the statistical planner answers). */
export async function realGuidance(options: { targets: Targets; rows: number; iterations: number }): Promise<Guidance[]> {
  const seen: Guidance[] = [];
  const statistical = new StatisticalPlanner();
  const recording: Planner = {
    name: 'recording',
    inferStructure: async () => [],
    propose: async (guidance: Guidance): Promise<PlannerReply> => {
      seen.push(guidance);
      return statistical.propose(guidance);
    },
  };
  await synthesize({ targets: options.targets, rows: options.rows, seed: 3, planner: recording, maxIterations: options.iterations });
  return seen;
}
