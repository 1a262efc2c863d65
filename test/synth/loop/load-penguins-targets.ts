import { readFileSync } from 'node:fs';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import type { Targets } from '../../../src/stats/tables/targets.ts';

const PENGUINS = new URL('../../fixtures/datasets/penguins.csv', import.meta.url);

export async function penguinsTargets(): Promise<Targets> {
  const { dataset } = await loadDataset({ name: 'penguins.csv', bytes: readFileSync(PENGUINS) });
  return buildTargets(dataset, {
    joints: [
      ['Species', 'Island'],
      ['Species', 'Sex'],
      ['Species', 'Flipper Length (mm)'],
    ],
  });
}
