import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigField, fixture, fixturePath, INCONSISTENT_STATS, REFUSED, type BadFile } from '../stats/bad-input/bad-input-corpus.ts';
import { HOSTILE_STATS } from '../stats/stats-json/hostile-stats-corpus.ts';
import { synth } from './run-synth.ts';

const dir = mkdtempSync(join(tmpdir(), 'synth-bad-input-'));

/** The file on disk under its own name: corpus files where they are, generated ones written to a temporary folder. */
function onDisk(file: BadFile): string {
  if (file.path !== undefined) return file.path;
  const path = join(dir, file.name);
  writeFileSync(path, file.bytes());
  return path;
}

const generate = (source: string[]) => synth(['generate', ...source, '--rows', '5', '--seed', '1', '--out', join(dir, 'out.csv')]);

describe('synth generate on bad input: exit code 2 and exactly one line on stderr', () => {
  it.each(REFUSED)('--input $file.name', async ({ file, message }) => {
    const run = await generate(['--input', onDisk(file)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`synth: ${message}\n`);
  });

  it.each(INCONSISTENT_STATS)('--stats $name', async ({ name, message }) => {
    const run = await generate(['--stats', fixturePath(name)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`synth: ${message}\n`);
  });

  it.each(HOSTILE_STATS)('--stats $name (hostile)', async ({ name, text, message }) => {
    const path = join(dir, name);
    writeFileSync(path, text());
    const run = await generate(['--stats', path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`synth: ${message}\n`);
  });
});

describe('synth generate on odd but valid input: exit code 0, warnings one line each', () => {
  it.each([
    { file: fixture('bom.csv'), warnings: [] },
    { file: fixture('quoted-newlines.csv'), warnings: [] },
    { file: fixture('constant-column.csv'), warnings: [] },
    { file: bigField, warnings: [] },
    {
      file: fixture('latin1.csv'),
      warnings: [
        'latin1.csv: not valid UTF-8 (byte 0xFC at offset 13), so it was read as Windows-1252 (Latin-1); if accented letters look wrong, save the file as UTF-8 and load it again',
      ],
    },
    {
      file: fixture('all-missing-column.csv'),
      warnings: [
        'all-missing-column.csv: column "empty" is empty in every row, so it stays empty in the synthetic data; remove it from the file if that is a mistake',
      ],
    },
  ])('--input $file.name', async ({ file, warnings }) => {
    const run = await generate(['--input', onDisk(file)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(warnings.map((w) => `synth: warning: ${w}\n`).join(''));
    expect(run.stdout).toMatch(/^generate: 5 rows in \d+ iterations/);
  });
});
