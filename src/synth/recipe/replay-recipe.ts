import type { Dataset } from '../../stats/dataset.ts';
import { InputError } from '../../stats/input-error.ts';
import { targetsFromJson } from '../../stats/stats-json/targets-from-json.ts';
import { checkRunSize, MAX_ROWS } from '../loop/run-size.ts';
import type { Planner, PlannerReply } from '../planner/planner.ts';
import { synthesize } from '../synthesize.ts';
import { hashText } from './hash-text.ts';
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

function readRecipe(value: unknown, source: string): Recipe {
  const r = value as Partial<Recipe> | null;
  if (typeof r !== 'object' || r === null || r.format !== 'synthor-recipe')
    throw new InputError(`${source}: not a synthor recipe (no "format": "synthor-recipe")`);
  if (r.version !== 1) throw new InputError(`${source}: recipe version ${String(r.version)} is not supported (this synth reads version 1)`);
  if (!r.targets || !r.loop || !Array.isArray(r.plans) || !r.planner) throw new InputError(`${source}: recipe is missing targets, loop, planner or plans`);
  checkLoop(r.loop, source);
  if (r.targetsHash !== undefined && hashText(JSON.stringify(r.targets)) !== r.targetsHash) {
    throw new InputError(`${source}: the targets do not match targetsHash; the recipe was edited or damaged`);
  }
  return r as Recipe;
}

/** The loop options a run needs, checked here so a damaged recipe is an InputError naming the field, not a crash in the loop. */
function checkLoop(loop: Partial<Recipe['loop']>, source: string): void {
  const check = (field: 'rows' | 'seed' | 'maxIterations', range: string, ok: (n: number) => boolean) => {
    const v = loop[field];
    if (typeof v === 'number' && Number.isInteger(v) && ok(v)) return;
    throw new InputError(`${source}: loop.${field} must be a whole number${range}, got ${JSON.stringify(v) ?? 'nothing'}; was the recipe edited?`);
  };
  check('rows', ` from 1 to ${MAX_ROWS.toLocaleString('en')}`, (n) => n >= 1 && n <= MAX_ROWS);
  check('seed', '', () => true);
  check('maxIterations', ' ≥ 1', (n) => n >= 1);
}
