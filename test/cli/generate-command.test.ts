import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, synth } from './run-synth.ts';

const PENGUINS = join(ROOT, 'test/fixtures/datasets/penguins.csv');
const dir = mkdtempSync(join(tmpdir(), 'synth-generate-'));
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const lines = (text: string) => text.trimEnd().split(/\r?\n/);

describe('synth generate and replay', () => {
  it('writes exactly --rows rows with the input header, byte-identical for the same seed, and replay reproduces it', async () => {
    const a = await synth(['generate', '--input', PENGUINS, '--rows', '700', '--seed', '4', '--out', join(dir, 'a.csv'), '--recipe', join(dir, 'run.json')]);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^generate: 700 rows in \d+ iterations/);
    const b = await synth(['generate', '--input', PENGUINS, '--rows', '700', '--seed', '4', '--out', join(dir, 'b.csv')]);
    expect(b.code).toBe(0);
    const csv = read('a.csv');
    expect(read('b.csv')).toBe(csv);
    expect(lines(csv)).toHaveLength(701);
    expect(lines(csv)[0]).toBe(lines(readFileSync(PENGUINS, 'utf8'))[0]);
    // Values written as the input writes them: integers stay integers, one decimal where penguins has one.
    for (const row of lines(csv).slice(1)) {
      const [, , beak, , flipper, mass] = row.split(',');
      if (beak !== '') expect(beak).toMatch(/^\d+(\.\d)?$/);
      if (flipper !== '') expect(flipper).toMatch(/^\d+$/);
      if (mass !== '') expect(mass).toMatch(/^\d+$/);
    }
    const replay = await synth(['replay', join(dir, 'run.json'), '--out', join(dir, 'replayed.csv')]);
    expect(replay.code).toBe(0);
    expect(read('replayed.csv')).toBe(csv);
  });

  it('generates from a stats.json alone (aggregates-only mode)', async () => {
    const stats = await synth(['stats', '--input', PENGUINS, '--joints', 'Species,Island', '--out', join(dir, 'stats.json')]);
    expect(stats.code).toBe(0);
    const run = await synth(['generate', '--stats', join(dir, 'stats.json'), '--rows', '344', '--seed', '1', '--out', join(dir, 'agg.csv')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = lines(read('agg.csv')).slice(1).map((r) => r.split(','));
    expect(rows).toHaveLength(344);
    // The joint is matched exactly at n = 344: Gentoo only on Biscoe (124), Chinstrap only on Dream (68).
    const count = (s: string, i: string) => rows.filter((r) => r[0] === s && r[1] === i).length;
    expect(count('Gentoo', 'Biscoe')).toBe(124);
    expect(count('Chinstrap', 'Dream')).toBe(68);
    expect(count('Gentoo', 'Dream') + count('Chinstrap', 'Biscoe')).toBe(0);
  });

  it.each([
    [['--input', PENGUINS, '--rows', '10', '--out', 'x.csv'], /generate: --seed is required/],
    [['--input', PENGUINS, '--stats', 's.json', '--rows', '10', '--seed', '1', '--out', 'x.csv'], /give exactly one of --input data.csv or --stats stats.json/],
    [['--input', PENGUINS, '--rows', '0', '--seed', '1', '--out', 'x.csv'], /--rows must be a whole number ≥ 1, got "0"/],
    [['--input', PENGUINS, '--rows', '5', '--seed', '1', '--out', 'x.csv', '--planner', 'gpt'], /--planner gpt is not available on the command line/],
    [['--input', PENGUINS, '--rows', '5', '--seed', '1', '--out', 'x.csv', '--joints', 'Species,Nope'], /no column "Nope"/],
    [['--stats', join(ROOT, 'test/fixtures/datasets/penguins.csv'), '--rows', '5', '--seed', '1', '--out', 'x.csv'], /--stats .* is not valid JSON/],
  ])('exits 2 with one line for bad arguments: %j', async (args, message) => {
    const run = await synth(['generate', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a recipe whose targets were edited', async () => {
    const recipe = JSON.parse(read('run.json'));
    recipe.targets.tables[0].counts[0] += 1;
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(recipe));
    const run = await synth(['replay', join(dir, 'edited.json'), '--out', join(dir, 'x.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/edited\.json: the targets do not match targetsHash/);
  });
});
