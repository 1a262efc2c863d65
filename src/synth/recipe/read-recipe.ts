import { InputError } from '../../stats/input-error.ts';
import { MAX_ROWS } from '../loop/run-size.ts';
import { MAX_SEED } from '../rng.ts';
import { hashText } from './hash-text.ts';
import { planHash } from './plan-hash.ts';
import { SAMPLER_VERSION, type Recipe, type RecipeChunk } from './recipe.ts';

const REWRITE = 'the recipe was edited or damaged, so its run cannot be replayed; write it again with synth generate --recipe';

/**
 * Checks a parsed recipe before replay: its format and version, and that the
 * targets and every plan still match the hashes written with them. Recipes
 * written before plans were hashed (no `planHashes`) replay as before.
 */
export function readRecipe(value: unknown, source: string): Recipe {
  const r = value as Partial<Recipe> | null;
  if (typeof r !== 'object' || r === null || r.format !== 'synthor-recipe')
    throw new InputError(`${source}: not a synthor recipe (no "format": "synthor-recipe")`);
  if (r.version !== 1 && r.version !== 2)
    throw new InputError(`${source}: recipe version ${String(r.version)} is not supported (this synth reads versions 1 and 2)`);
  if (!r.targets || !r.loop || !Array.isArray(r.plans) || !r.planner) throw new InputError(`${source}: recipe is missing targets, loop, planner or plans`);
  checkLoop(r.loop, source);
  if ((r.sampler ?? 1) !== SAMPLER_VERSION) {
    throw new InputError(
      `${source}: recorded by an earlier Synthor whose sampler drew records differently (sampler ${r.sampler ?? 1}, this one ${SAMPLER_VERSION}), so replay would not write the same file; run generate again, or replay it with the Synthor that wrote it`,
    );
  }
  if (r.targetsHash !== undefined && hashText(JSON.stringify(r.targets)) !== r.targetsHash) {
    throw new InputError(`${source}: the targets do not match targetsHash; the recipe was edited or damaged`);
  }
  if (r.planHashes !== undefined) checkPlans(r.plans, r.planHashes, source);
  if (r.version === 2) checkChunks(r.chunks, r.loop.rows as number, source);
  else if (r.chunks !== undefined) throw new InputError(`${source}: a version 1 recipe has no chunks; ${REWRITE}`);
  return r as Recipe;
}

/** A version 2 recipe's chunks: each a run of its own whose plans match their hashes, the rows adding up to the run's. */
function checkChunks(chunks: unknown, rows: number, source: string): void {
  if (!Array.isArray(chunks) || chunks.length === 0) throw new InputError(`${source}: a version 2 recipe lists its chunks in "chunks"; ${REWRITE}`);
  let total = 0;
  chunks.forEach((chunk: Partial<RecipeChunk> | null, i) => {
    const where = `${source}: chunks[${i}]`;
    if (typeof chunk !== 'object' || chunk === null || !Array.isArray(chunk.plans)) throw new InputError(`${where} is not a chunk with plans; ${REWRITE}`);
    if (!wholeIn(chunk.rows, 1)) throw new InputError(`${where}.rows must be a whole number ≥ 1; ${REWRITE}`);
    if (!wholeIn(chunk.seed, 0, MAX_SEED)) {
      throw new InputError(`${where}.seed must be a whole number from 0 to ${MAX_SEED.toLocaleString('en')}; ${REWRITE}`);
    }
    checkPlans(chunk.plans, chunk.planHashes, where);
    total += chunk.rows as number;
  });
  if (total !== rows) throw new InputError(`${source}: the chunks hold ${total} rows but loop.rows is ${rows}; ${REWRITE}`);
}

function checkPlans(plans: readonly unknown[], hashes: unknown, source: string): void {
  if (!Array.isArray(hashes) || hashes.some((h) => typeof h !== 'string')) throw new InputError(`${source}: planHashes must be a list of strings; ${REWRITE}`);
  if (hashes.length !== plans.length) {
    throw new InputError(`${source}: ${plans.length} plans but ${hashes.length} plan hashes, so a plan was added or removed; ${REWRITE}`);
  }
  plans.forEach((plan, i) => {
    if (planHash(plan) !== hashes[i]) {
      throw new InputError(`${source}: plans[${i}] (the plan of iteration ${i + 1}) does not match planHashes[${i}]; ${REWRITE}`);
    }
  });
}

/** The loop options a run needs, checked here so a damaged recipe is an InputError naming the field, not a crash in the loop. */
function checkLoop(loop: Partial<Recipe['loop']>, source: string): void {
  const check = (field: 'rows' | 'seed' | 'maxIterations', range: string, min: number, max = Infinity) => {
    const v = loop[field];
    if (wholeIn(v, min, max)) return;
    throw new InputError(`${source}: loop.${field} must be a whole number${range}, got ${JSON.stringify(v) ?? 'nothing'}; was the recipe edited?`);
  };
  check('rows', ` from 1 to ${MAX_ROWS.toLocaleString('en')}`, 1, MAX_ROWS);
  // A seed outside 0 … MAX_SEED is one no run writes: 2^32 would replay as 0, -1 as 2^32 - 1.
  check('seed', ` from 0 to ${MAX_SEED.toLocaleString('en')}`, 0, MAX_SEED);
  check('maxIterations', ' ≥ 1', 1);
}

/** A whole number from `min` to `max`: the one test of every count and seed a recipe holds. */
function wholeIn(v: unknown, min: number, max = Infinity): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}
