import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/stats/dataset.ts';
import type { Guidance, Planner } from '../../../src/synth/planner/planner.ts';
import { StatisticalPlanner } from '../../../src/synth/planner/statistical-planner.ts';
import { makeRecipe } from '../../../src/synth/recipe/make-recipe.ts';
import { replayRecipe } from '../../../src/synth/recipe/replay-recipe.ts';
import { synthesize } from '../../../src/synth/synthesize.ts';
import { penguinsTargets } from '../loop/load-penguins-targets.ts';

const fingerprint = (d: Dataset) =>
  JSON.stringify(d.columns.map((c) => (c.type === 'numeric' ? Array.from(c.values) : Array.from(c.codes, (k) => c.dictionary[k]))));

describe('recipes', () => {
  it('replay reproduces a run whose planner is not reproducible by itself (an LLM stand-in), garbage plans included', async () => {
    const targets = await penguinsTargets();
    const statistical = new StatisticalPlanner();
    let calls = 0;
    // Varies with call order and writes text, like a model: replay must not depend on calling it again.
    const moody: Planner = {
      name: 'moody',
      inferStructure: async () => [],
      propose: async (g: Guidance) => {
        calls++;
        if (calls % 3 === 0) return { plan: 'Sure! Here is the plan: {"proposals": [oops' };
        if (calls % 3 === 1) return { plan: JSON.stringify({ proposals: [{ values: { Island: 'Dream', 'Body Mass (g)': [3000, 4000] }, count: g.budget }] }) };
        return statistical.propose(g);
      },
    };
    const loop = { rows: 300, seed: 8, maxIterations: 12 };
    const original = await synthesize({ targets, ...loop, planner: moody });
    const recipe = JSON.parse(JSON.stringify(makeRecipe({ targets, loop, planner: { name: 'moody' }, history: original.history })));
    expect(recipe.plans).toHaveLength(original.history.length);
    const replayed = await replayRecipe(recipe);
    expect(replayed.rowCount).toBe(300);
    expect(fingerprint(replayed)).toBe(fingerprint(original.dataset));
  });

  it('checks every plan against its hash; a recipe written before plans were hashed replays as before', async () => {
    const targets = await penguinsTargets();
    const loop = { rows: 200, seed: 3, maxIterations: 4 };
    const original = await synthesize({ targets, ...loop, planner: new StatisticalPlanner() });
    const written = () => JSON.parse(JSON.stringify(makeRecipe({ targets, loop, planner: { name: 'statistical' }, history: original.history })));
    expect(written().planHashes).toHaveLength(original.history.length);
    const refusal = (edit: (recipe: { plans: unknown[]; planHashes?: unknown }) => void) => {
      const recipe = written();
      edit(recipe);
      return replayRecipe(recipe, 'run.json').then(
        () => 'replayed',
        (e: Error) => `${e.name}: ${e.message}`,
      );
    };
    expect(await refusal((r) => r.plans.pop())).toMatch(/^InputError: run\.json: \d+ plans but \d+ plan hashes, so a plan was added or removed; /);
    expect(await refusal((r) => (r.planHashes = 'abc'))).toMatch(/^InputError: run\.json: planHashes must be a list of strings; /);
    expect(await refusal((r) => (r.plans[0] = { proposals: [] }))).toMatch(
      /^InputError: run\.json: plans\[0\] \(the plan of iteration 1\) does not match planHashes\[0\]/,
    );
    const old = written();
    delete old.planHashes;
    expect(fingerprint(await replayRecipe(old))).toBe(fingerprint(original.dataset));
    // A recipe from before the sampler was recorded drew records another way: refused, not replayed into another file.
    expect(await refusal((r) => delete (r as { sampler?: number }).sampler)).toMatch(
      /^InputError: run\.json: recorded by an earlier Synthor whose sampler drew records differently \(sampler 1, this one 4\)/,
    );
  });
});

describe('a damaged recipe', () => {
  it.each([
    ['rows', 'abc', 'run.json: loop.rows must be a whole number from 1 to 10,000,000, got "abc"; was the recipe edited?'],
    ['rows', 0, 'run.json: loop.rows must be a whole number from 1 to 10,000,000, got 0; was the recipe edited?'],
    ['rows', 1e12, 'run.json: loop.rows must be a whole number from 1 to 10,000,000, got 1000000000000; was the recipe edited?'],
    ['seed', 1.5, 'run.json: loop.seed must be a whole number from 0 to 4,294,967,295, got 1.5; was the recipe edited?'],
    ['seed', 4294967296, 'run.json: loop.seed must be a whole number from 0 to 4,294,967,295, got 4294967296; was the recipe edited?'],
    ['seed', -1, 'run.json: loop.seed must be a whole number from 0 to 4,294,967,295, got -1; was the recipe edited?'],
    ['maxIterations', null, 'run.json: loop.maxIterations must be a whole number ≥ 1, got null; was the recipe edited?'],
  ])('is refused with an InputError naming loop.%s', async (field, value, message) => {
    const targets = await penguinsTargets();
    const loop = { rows: 20, seed: 1, maxIterations: 2 };
    const run = await synthesize({ targets, ...loop, planner: new StatisticalPlanner() });
    const recipe = JSON.parse(JSON.stringify(makeRecipe({ targets, loop, planner: { name: 'statistical' }, history: run.history })));
    recipe.loop[field] = value;
    await expect(replayRecipe(recipe, 'run.json')).rejects.toThrow(expect.objectContaining({ name: 'InputError', message }));
  });
});

describe('a recipe of a run made in chunks (version 2)', () => {
  const chunkedRecipe = async () => {
    const targets = await penguinsTargets();
    const loop = { rows: 30, seed: 5, maxIterations: 2 };
    const specs = [
      { index: 0, rows: 15, seed: 5 },
      { index: 1, rows: 15, seed: 77 },
    ];
    const chunks = await Promise.all(
      specs.map(async (spec) => ({
        spec,
        plans: (await synthesize({ targets, ...loop, ...spec, planner: new StatisticalPlanner() })).history.map((r) => r.written),
      })),
    );
    return JSON.parse(JSON.stringify(makeRecipe({ targets, loop, planner: { name: 'statistical' }, chunks })));
  };

  it('records each chunk with its plans hashed, and is not replayed whole into memory', async () => {
    const recipe = await chunkedRecipe();
    expect(recipe).toMatchObject({
      version: 2,
      plans: [],
      chunks: [
        { rows: 15, seed: 5 },
        { rows: 15, seed: 77 },
      ],
    });
    expect(recipe.chunks[1].planHashes).toHaveLength(recipe.chunks[1].plans.length);
    await expect(replayRecipe(recipe, 'run.json')).rejects.toThrow(
      'run.json: a run made in 2 chunks is replayed chunk by chunk to a file: synth replay run.json --out FILE',
    );
  });

  it.each([
    ['chunks left out', (r: { chunks?: unknown }) => delete r.chunks, 'run.json: a version 2 recipe lists its chunks in "chunks"; '],
    ['rows that do not add up', (r: { chunks: { rows: number }[] }) => (r.chunks[1].rows = 16), 'run.json: the chunks hold 31 rows but loop.rows is 30; '],
    [
      'a seed out of range',
      (r: { chunks: { seed: number }[] }) => (r.chunks[0].seed = -1),
      'run.json: chunks[0].seed must be a whole number from 0 to 4,294,967,295; ',
    ],
    [
      'an edited plan',
      (r: { chunks: { plans: unknown[] }[] }) => (r.chunks[1].plans[0] = {}),
      'run.json: chunks[1]: plans[0] (the plan of iteration 1) does not match planHashes[0]; ',
    ],
    ['chunks in a version 1 recipe', (r: { version: number }) => (r.version = 1), 'run.json: a version 1 recipe has no chunks; '],
  ])('is refused with an InputError for %s', async (_, edit, message) => {
    const recipe = await chunkedRecipe();
    edit(recipe);
    await expect(replayRecipe(recipe, 'run.json')).rejects.toThrow(expect.objectContaining({ name: 'InputError', message: expect.stringContaining(message) }));
  });
});
