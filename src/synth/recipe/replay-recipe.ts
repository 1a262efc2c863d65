import type { Dataset } from '../../stats/dataset.ts';
import { InputError } from '../../stats/input-error.ts';
import { targetsFromJson } from '../../stats/stats-json/targets-from-json.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { checkRunSize } from '../loop/run-size.ts';
import { synthesize } from '../synthesize.ts';
import { readRecipe } from './read-recipe.ts';
import type { Recipe } from './recipe.ts';
import { RecordedPlanner } from './recorded-planner.ts';

/** A recipe checked (read-recipe.ts) with its targets read and its run's size within the limits (a chunked run's per chunk). */
export function openRecipe(value: unknown, source = 'recipe.json'): { recipe: Recipe; targets: Targets } {
  const recipe = readRecipe(value, source);
  const targets = targetsFromJson(recipe.targets, `${source}: targets`);
  const rows = recipe.chunks ? Math.max(...recipe.chunks.map((c) => c.rows)) : recipe.loop.rows;
  checkRunSize({ rows, columns: targets.schema.columns.length, what: `${source}: ${recipe.chunks ? 'a chunk of' : 'loop.rows'}` });
  return { recipe, targets };
}

/** Re-runs a one-run recipe: same targets, options and plans → the same records. A run made in chunks is streamed by `synth replay`. */
export async function replayRecipe(value: unknown, source = 'recipe.json'): Promise<Dataset> {
  const { recipe, targets } = openRecipe(value, source);
  if (recipe.chunks)
    throw new InputError(`${source}: a run made in ${recipe.chunks.length} chunks is replayed chunk by chunk to a file: synth replay ${source} --out FILE`);
  const { dataset } = await synthesize({ ...recipe.loop, targets, planner: new RecordedPlanner(recipe.plans, recipe.planner.name) });
  return dataset;
}
