import type { Dataset } from '../../stats/dataset.ts';
import { InputError } from '../../stats/input-error.ts';
import { targetsFromJson } from '../../stats/stats-json/targets-from-json.ts';
import { checkRunSize } from '../loop/run-size.ts';
import type { Planner, PlannerReply } from '../planner/planner.ts';
import { synthesize } from '../synthesize.ts';
import { readRecipe } from './read-recipe.ts';
import type { Recipe } from './recipe.ts';

/** Plays back the plans a recipe recorded, in order; a run that asks for more is not the recorded one. */
class RecordedPlanner implements Planner {
  readonly name: string;
  #next = 0;

  constructor(private readonly recipe: Recipe) {
    this.name = recipe.planner.name;
  }

  async inferStructure(): Promise<string[][]> {
    return [];
  }

  async propose(): Promise<PlannerReply> {
    if (this.#next >= this.recipe.plans.length) {
      throw new InputError(`recipe: the run asked for plan ${this.#next + 1} but the recipe has ${this.recipe.plans.length}; was it edited?`);
    }
    return { plan: this.recipe.plans[this.#next++] };
  }
}

/** Re-runs a recipe: same targets, options and plans → the same records. */
export async function replayRecipe(value: unknown, source = 'recipe.json'): Promise<Dataset> {
  const recipe = readRecipe(value, source);
  const targets = targetsFromJson(recipe.targets, `${source}: targets`);
  checkRunSize({ rows: recipe.loop.rows, columns: targets.schema.columns.length, what: `${source}: loop.rows` });
  const { dataset } = await synthesize({ ...recipe.loop, targets, planner: new RecordedPlanner(recipe) });
  return dataset;
}
