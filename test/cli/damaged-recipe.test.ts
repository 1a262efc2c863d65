import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, synth } from './run-synth.ts';

const PENGUINS = join(ROOT, 'test/fixtures/datasets/penguins.csv');
const dir = mkdtempSync(join(tmpdir(), 'synth-recipe-'));

it('synth replay of a recipe with a bad loop.rows: exit 2 and one line with one "synth:" prefix', async () => {
  const made = await synth([
    'generate',
    '--input',
    PENGUINS,
    '--rows',
    '20',
    '--seed',
    '1',
    '--iterations',
    '2',
    '--out',
    join(dir, 'a.csv'),
    '--recipe',
    join(dir, 'run.json'),
  ]);
  expect(made.code).toBe(0);
  const recipe = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8'));
  recipe.loop.rows = 'abc';
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(recipe));
  const run = await synth(['replay', join(dir, 'bad.json'), '--out', join(dir, 'b.csv')]);
  expect(run.stderr).toBe('synth: bad.json: loop.rows must be a whole number from 1 to 10,000,000, got "abc"; was the recipe edited?\n');
  expect(run.code).toBe(2);
});
