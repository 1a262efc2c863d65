type RecipeLike = Record<string, unknown> & { loop?: Record<string, unknown>; plans: unknown[]; targets: Record<string, unknown> };

/** A recipe written by `generate --recipe` edited, as text. */
const edited =
  (edit: (r: RecipeLike) => void) =>
  (recipe: string): string => {
    const r = JSON.parse(recipe) as RecipeLike;
    edit(r);
    return JSON.stringify(r);
  };

/**
 * Recipes for `replay`, made from a real one when the corpus is written: each
 * is refused with one line naming the file and the field, except where noted.
 */
export const RECIPE_FILES: Record<string, (recipe: string) => string> = {
  'recipe-plan-edited.json': edited((r) => (r.plans[0] = { ...(r.plans[0] as object), edited: true })),
  'recipe-plan-removed.json': edited((r) => r.plans.pop()),
  'recipe-plans-not-list.json': edited((r) => (r.plans = { 0: 'x' } as unknown as unknown[])),
  'recipe-targets-edited.json': edited((r) => (r.targets.rowCount = 61)),
  'recipe-rows-string.json': edited((r) => ((r.loop as Record<string, unknown>).rows = 'abc')),
  'recipe-rows-negative.json': edited((r) => ((r.loop as Record<string, unknown>).rows = -5)),
  'recipe-rows-1e300.json': edited((r) => ((r.loop as Record<string, unknown>).rows = 1e300)),
  'recipe-seed-negative.json': edited((r) => ((r.loop as Record<string, unknown>).seed = -1)),
  'recipe-seed-fraction.json': edited((r) => ((r.loop as Record<string, unknown>).seed = 1.5)),
  'recipe-seed-2-32.json': edited((r) => ((r.loop as Record<string, unknown>).seed = 4294967296)),
  'recipe-seed-1e300.json': edited((r) => ((r.loop as Record<string, unknown>).seed = 1e300)),
  'recipe-iterations-zero.json': edited((r) => ((r.loop as Record<string, unknown>).maxIterations = 0)),
  'recipe-no-loop.json': edited((r) => delete r.loop),
  'recipe-version-2.json': edited((r) => (r.version = 2)),
  'recipe-no-format.json': edited((r) => delete r.format),
  'recipe-planner-null.json': edited((r) => (r.planner = null)),
  'recipe-not-json.json': () => '{"format": "synthor-recipe",',
  'recipe-null.json': () => 'null',
  'recipe-stats-file.json': (recipe) => JSON.stringify((JSON.parse(recipe) as RecipeLike).targets),
  'recipe-deep.json': () => '{"format":"synthor-recipe","version":1,"targets":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}',
};
