import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synth } from './run-synth.ts';

const dir = mkdtempSync(join(tmpdir(), 'synth-other-label-'));
const input = join(dir, 'in.csv');
// Three common colours and six rare ones (2 records each): disclosure control (k = 5) pools the rare ones.
const rare = ['teal', 'plum', 'rust', 'sand', 'mint', 'navy'];
writeFileSync(
  input,
  [
    'colour,n',
    ...Array.from({ length: 90 }, (_, i) => `${['red', 'green', 'blue'][i % 3]},${i % 7}`),
    ...rare.flatMap((c, i) => [`${c},${i}`, `${c},${i + 1}`]),
  ].join('\n') + '\n',
);
const colours = (path: string) =>
  new Set(
    readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]),
  );
const run = (extra: string[], out: string) => synth(['generate', '--input', input, '--rows', '300', '--seed', '2', '--out', out, ...extra]);

describe('--other-label: how pooled categories are written', () => {
  it('writes "(other)" by default, the label asked for, or missing for an empty one — never a rare name', async () => {
    const byDefault = join(dir, 'default.csv');
    expect((await run([], byDefault)).code).toBe(0);
    expect(colours(byDefault).has('(other)')).toBe(true);
    const named = join(dir, 'named.csv');
    expect((await run(['--other-label', 'Other'], named)).code).toBe(0);
    expect(colours(named).has('Other')).toBe(true);
    expect(colours(named).has('(other)')).toBe(false);
    const empty = join(dir, 'empty.csv');
    expect((await run(['--other-label', ''], empty)).code).toBe(0);
    expect(colours(empty).has('')).toBe(true);
    for (const path of [byDefault, named, empty]) for (const c of rare) expect(colours(path).has(c)).toBe(false);
  }, 60_000);

  it('refuses a label that is already a category, and with --recipe, in one line', async () => {
    const taken = await run(['--other-label', 'red'], join(dir, 'x.csv'));
    expect(taken.code).toBe(2);
    expect(taken.stderr).toBe('synth: --other-label "red" is already a category of column "colour"; choose a label no column uses\n');
    const recipe = await run(['--other-label', 'Other', '--recipe', join(dir, 'r.json')], join(dir, 'y.csv'));
    expect(recipe.code).toBe(2);
    expect(recipe.stderr).toMatch(/--other-label is not recorded in recipes yet/);
  }, 60_000);
});
