import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, synth } from './run-synth.ts';

// Copies, so a failing test overwrites nothing of the repository.
const dir = mkdtempSync(join(tmpdir(), 'synth-outputs-'));
const data = join(dir, 'data.csv');
copyFileSync(join(ROOT, 'test/fixtures/datasets/penguins.csv'), data);
const original = readFileSync(data, 'utf8');
const rules = join(dir, 'rules.txt');
writeFileSync(rules, '"Body Mass (g)" >= 5000 => Species in {Gentoo}\n');
symlinkSync(data, join(dir, 'link.csv'));
linkSync(data, join(dir, 'hard.csv'));
mkdirSync(join(dir, 'folder'));

const generate = (options: string[]) => synth(['generate', '--input', data, '--rows', '5', '--seed', '1', ...options]);
const NOT_INPUT = 'write to another file, so the input is never overwritten';

describe('synth refuses an output that is an input, however spelt: exit 2, one line, the input untouched', () => {
  it.each([
    [['--out', data], `generate: --out ${data}: is the --input file ${data}; ${NOT_INPUT}`],
    [['--out', `${dir}/folder/../data.csv`], `generate: --out ${dir}/folder/../data.csv: is the --input file ${data}; ${NOT_INPUT}`],
    [['--out', join(dir, 'link.csv')], `generate: --out ${join(dir, 'link.csv')}: is the --input file ${data}; ${NOT_INPUT}`],
    [['--out', join(dir, 'hard.csv')], `generate: --out ${join(dir, 'hard.csv')}: is the --input file ${data}; ${NOT_INPUT}`],
    [['--out', join(dir, 'a.csv'), '--recipe', data], `generate: --recipe ${data}: is the --input file ${data}; ${NOT_INPUT}`],
    [['--out', rules, '--rules', rules], `generate: --out ${rules}: is the --rules file ${rules}; ${NOT_INPUT}`],
    [
      ['--out', join(dir, 'a.csv'), '--recipe', join(dir, 'a.csv')],
      `generate: --recipe ${join(dir, 'a.csv')}: is also --out; give each output a file of its own`,
    ],
  ])('generate %j', async (options, message) => {
    const run = await generate(options);
    expect(run.stderr).toBe(`synth: ${message}\n`);
    expect(run.code).toBe(2);
    expect(readFileSync(data, 'utf8')).toBe(original);
  });

  it('stats --out the input, and replay --out the recipe', async () => {
    const stats = await synth(['stats', '--input', data, '--out', join(dir, 'link.csv')]);
    expect([stats.code, stats.stderr]).toEqual([2, `synth: stats: --out ${join(dir, 'link.csv')}: is the --input file ${data}; ${NOT_INPUT}\n`]);
    expect(readFileSync(data, 'utf8')).toBe(original);
    const recipe = join(dir, 'run.json');
    writeFileSync(recipe, '{}');
    const replay = await synth(['replay', recipe, '--out', recipe]);
    expect([replay.code, replay.stderr]).toEqual([2, `synth: replay: --out ${recipe}: is the recipe file ${recipe}; ${NOT_INPUT}\n`]);
    expect(readFileSync(recipe, 'utf8')).toBe('{}');
  });
});

describe('synth refuses an output it could not write, before the run: exit 2, one line', () => {
  const folder = join(dir, 'folder');
  it.each([
    [['--out', folder], `generate: --out ${folder}: is a folder; name a file to write`],
    [
      ['--out', join(dir, 'missing/out.csv')],
      `generate: --out ${join(dir, 'missing/out.csv')}: folder ${join(dir, 'missing')} does not exist; create it first`,
    ],
    [['--out', join(data, 'out.csv')], `generate: --out ${join(data, 'out.csv')}: ${data} is not a folder`],
    [
      ['--out', join(dir, 'b.csv'), '--recipe', join(dir, 'missing/run.json')],
      `generate: --recipe ${join(dir, 'missing/run.json')}: folder ${join(dir, 'missing')} does not exist; create it first`,
    ],
  ])('generate %j', async (options, message) => {
    const run = await generate(options);
    expect(run.stderr).toBe(`synth: ${message}\n`);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
