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
    const rows = lines(read('agg.csv'))
      .slice(1)
      .map((r) => r.split(','));
    expect(rows).toHaveLength(344);
    // The joint is matched exactly at n = 344: Gentoo only on Biscoe (124), Chinstrap only on Dream (68).
    const count = (s: string, i: string) => rows.filter((r) => r[0] === s && r[1] === i).length;
    expect(count('Gentoo', 'Biscoe')).toBe(124);
    expect(count('Chinstrap', 'Dream')).toBe(68);
    expect(count('Gentoo', 'Dream') + count('Chinstrap', 'Biscoe')).toBe(0);
  });

  it.each([
    [['--input', PENGUINS, '--rows', '10', '--out', 'x.csv'], /generate: --seed is required/],
    [
      ['--input', PENGUINS, '--stats', 's.json', '--rows', '10', '--seed', '1', '--out', 'x.csv'],
      /give exactly one of --input data.csv, --stats stats.json or --table t.csv/,
    ],
    [['--input', PENGUINS, '--rows', '0', '--seed', '1', '--out', 'x.csv'], /--rows must be a whole number from 1 to 10,000,000, got 0/],
    [['--input', PENGUINS, '--rows', '5', '--seed', '1', '--out', 'x.csv', '--planner', 'gpt'], /--planner must be statistical or llm, got "gpt"/],
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

  it('refuses a recipe one of whose plans was edited, naming the plan', async () => {
    const recipe = JSON.parse(read('run.json'));
    expect(recipe.plans.length).toBeGreaterThan(1);
    recipe.plans[1] = JSON.stringify({ proposals: [{ values: {}, count: 1 }] });
    writeFileSync(join(dir, 'edited-plan.json'), JSON.stringify(recipe));
    const run = await synth(['replay', join(dir, 'edited-plan.json'), '--out', join(dir, 'x.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'synth: edited-plan.json: plans[1] (the plan of iteration 2) does not match planHashes[1]; the recipe was edited or damaged, so its run cannot be replayed; write it again with synth generate --recipe\n',
    );
  });
});

describe('synth generate --epsilon', () => {
  const bounds = 'Beak Length (mm)=30..60; Beak Depth (mm)=13..22; Flipper Length (mm)=170..235; Body Mass (g)=2500..6500';

  it('synthesises from differentially private tables, values inside the public bounds; fresh noise each run unless --noise-seed', async () => {
    const args = ['generate', '--input', PENGUINS, '--rows', '344', '--seed', '2', '--epsilon', '1', '--joints', 'Species,Island', '--bounds', bounds];
    const a = await synth([...args, '--noise-seed', '5', '--out', join(dir, 'dp-a.csv')]);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    await synth([...args, '--noise-seed', '5', '--out', join(dir, 'dp-b.csv')]);
    expect(read('dp-b.csv')).toBe(read('dp-a.csv'));
    // The same --seed without a noise seed: the noise comes from the secure source, and the tables (so the rows) differ.
    await synth([...args, '--out', join(dir, 'dp-c.csv')]);
    expect(read('dp-c.csv')).not.toBe(read('dp-a.csv'));
    const rows = lines(read('dp-a.csv'))
      .slice(1)
      .map((r) => r.split(','));
    expect(rows).toHaveLength(344);
    const flippers = rows.map((r) => Number(r[4])).filter((v, i) => rows[i][4] !== '');
    expect(Math.min(...flippers)).toBeGreaterThanOrEqual(170);
    expect(Math.max(...flippers)).toBeLessThanOrEqual(235);
  });

  it.each([
    [['--epsilon', '1'], /needs public bounds \[min, max\] for "Beak Length \(mm\)", "Beak Depth \(mm\)", "Flipper Length \(mm\)", "Body Mass \(g\)"/],
    [['--epsilon', '0', '--bounds', bounds], /--epsilon must be a number > 0, got "0"/],
    [['--epsilon', '1', '--bounds', 'Species=1..2'], /--bounds: "Species" is not a numeric or datetime column/],
    [['--epsilon', '1', '--bounds', 'Body Mass (g)=9..3'], /need min < max/],
  ])('exits 2 with one line: %j', async (extra, message) => {
    const run = await synth(['generate', '--input', PENGUINS, '--rows', '10', '--seed', '1', '--out', join(dir, 'x.csv'), ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('synth generate --rules', () => {
  it('enforces the rules of a rules file (one per line, # comments) and names a bad rule', async () => {
    writeFileSync(join(dir, 'rules.txt'), '# heavy penguins are Gentoo\n"Body Mass (g)" >= 5000 => Species in {Gentoo}\n\n');
    const run = await synth([
      'generate',
      '--input',
      PENGUINS,
      '--rows',
      '800',
      '--seed',
      '3',
      '--rules',
      join(dir, 'rules.txt'),
      '--out',
      join(dir, 'ruled.csv'),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = lines(read('ruled.csv'))
      .slice(1)
      .map((r) => r.split(','));
    expect(rows).toHaveLength(800);
    expect(rows.filter((r) => r[5] !== '' && Number(r[5]) >= 5000 && r[0] !== 'Gentoo')).toEqual([]);
    writeFileSync(join(dir, 'bad-rules.txt'), 'Wings > 2 => Species in {Gentoo}\n');
    const bad = await synth([
      'generate',
      '--input',
      PENGUINS,
      '--rows',
      '10',
      '--seed',
      '3',
      '--rules',
      join(dir, 'bad-rules.txt'),
      '--out',
      join(dir, 'x.csv'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^synth: generate: --rules \S+bad-rules\.txt, line 1: rule "Wings > 2 => Species in \{Gentoo\}": no column "Wings"/);
  });
});
