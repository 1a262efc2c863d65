import type { Targets } from '../../stats/tables/targets.ts';
import { targetsToJson } from '../../stats/stats-json/targets-to-json.ts';
import type { IterationReport } from '../loop/iteration-report.ts';
import { resolveLoopOptions, type LoopOptions } from '../loop/loop-options.ts';
import { hashText } from './hash-text.ts';
import { planHash } from './plan-hash.ts';
import { SAMPLER_VERSION, type Recipe } from './recipe.ts';

export function makeRecipe(options: {
  targets: Targets;
  loop: LoopOptions;
  planner: Recipe['planner'];
  history: readonly IterationReport[];
  scenarios?: readonly string[];
}): Recipe {
  const targets = targetsToJson(options.targets);
  const plans = options.history.map((r) => r.written);
  return {
    format: 'synthor-recipe',
    version: 1,
    targets,
    targetsHash: hashText(JSON.stringify(targets)),
    loop: resolveLoopOptions(options.loop),
    planner: options.planner,
    plans,
    planHashes: plans.map(planHash),
    ...(options.scenarios?.length ? { scenarios: [...options.scenarios] } : {}),
    sampler: SAMPLER_VERSION,
  };
}
