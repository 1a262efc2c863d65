import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import type { GenerateRequest } from '../../../src/llm/llm-types.ts';
import { loadDataset } from '../../../src/stats/ingest/load-dataset.ts';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import type { Targets } from '../../../src/stats/tables/targets.ts';
import { planJsonSchema } from '../../../src/synth/plan/plan-schema.ts';

/** The real penguins targets: every marginal plus the Species × Island joint. */
export async function penguinsTargets(): Promise<Targets> {
  const { dataset } = await loadDataset({ name: 'penguins.csv', bytes: new TextEncoder().encode(penguinsCsv) });
  return buildTargets(dataset, { joints: [['Species', 'Island']] });
}

/** A plan request with the real plan schema and a short prompt (the tiny model reads nothing anyway). */
export function planRequest(options: { targets: Targets; maxProposals: number; maxCount: number; seed: number; temperature?: number }): GenerateRequest {
  const { targets, maxProposals, maxCount, seed, temperature = 1 } = options;
  return {
    messages: [
      { role: 'system', content: 'You write synthesis plans as JSON.' },
      { role: 'user', content: `Propose up to ${maxProposals} groups of penguins, at most ${maxCount} each.` },
    ],
    schema: planJsonSchema(targets, { maxProposals, maxCount }),
    maxTokens: 1500,
    temperature,
    seed,
  };
}
