import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS } from '../../src/cli/file-limits.ts';
import { ROOT, synth } from './run-synth.ts';

const PENGUINS = join(ROOT, 'test/fixtures/datasets/penguins.csv');
const dir = mkdtempSync(join(tmpdir(), 'synth-limits-'));
const out = join(dir, 'out.csv');
const generate = (options: string[]) => synth(['generate', '--rows', '5', '--seed', '1', '--out', out, ...options]);
const DEVICE = 'not a regular file (a device, pipe or socket); save the data to a file and name that file';

/** A sparse file of `bytes` zero bytes: large to fstat, nothing on disk. */
function sparse(name: string, bytes: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

// Each of these read until memory ran out (/dev/zero, /dev/urandom) or waited forever (a pipe nobody writes to).
describe.skipIf(process.platform === 'win32')('synth refuses devices, pipes and files over the limit: exit 2, one line', () => {
  it.each([
    [['--input', '/dev/zero'], `generate: --input /dev/zero: ${DEVICE}`],
    [['--input', '/dev/urandom'], `generate: --input /dev/urandom: ${DEVICE}`],
    [['--input', PENGUINS, '--metadata', '/dev/zero'], `generate: --metadata /dev/zero: ${DEVICE}`],
    [['--input', PENGUINS, '--rules', '/dev/urandom'], `generate: --rules /dev/urandom: ${DEVICE}`],
    [['--stats', '/dev/zero'], `generate: --stats /dev/zero: ${DEVICE}`],
  ])('generate %j', async (options, message) => {
    const run = await generate(options);
    expect(run.stderr).toBe(`synth: ${message}\n`);
    expect(run.code).toBe(2);
  });

  it('replay /dev/zero, stats --input /dev/urandom and evaluate --real /dev/zero', async () => {
    const replay = await synth(['replay', '/dev/zero', '--out', out]);
    expect([replay.code, replay.stderr]).toEqual([2, `synth: replay: recipe /dev/zero: ${DEVICE}\n`]);
    const stats = await synth(['stats', '--input', '/dev/urandom', '--out', join(dir, 'stats.json')]);
    expect([stats.code, stats.stderr]).toEqual([2, `synth: stats: --input /dev/urandom: ${DEVICE}\n`]);
    const evaluate = await synth(['evaluate', '--real', '/dev/zero', '--synthetic', PENGUINS]);
    expect([evaluate.code, evaluate.stderr]).toEqual([2, `synth: evaluate: --real /dev/zero: ${DEVICE}\n`]);
  });

  it('a named pipe nobody writes to', async () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const run = await generate(['--input', fifo]);
    expect([run.code, run.stderr]).toEqual([2, `synth: generate: --input ${fifo}: ${DEVICE}\n`]);
  });

  it('a file one byte over the limit, refused before it is read', async () => {
    const big = sparse('big.csv', FILE_LIMITS.table + 1);
    const run = await generate(['--input', big]);
    expect(run.stderr).toBe(`synth: generate: --input ${big}: 200,000,001 bytes, larger than 200 MB, the most Synthor reads for --input\n`);
    expect(run.code).toBe(2);
    const rules = sparse('rules.txt', FILE_LIMITS.small + 1);
    const withRules = await generate(['--input', PENGUINS, '--rules', rules]);
    expect(withRules.stderr).toBe(`synth: generate: --rules ${rules}: 10,000,001 bytes, larger than 10 MB, the most Synthor reads for --rules\n`);
  });
});

describe('a JSON input of millions of strings', () => {
  it('is refused in one line before it is parsed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synth-json-strings-'));
    const path = join(dir, 'stats.json');
    // 1.1 million one-letter strings, 4.4 MB: parsing them is what a 97 MB file of them made slow.
    writeFileSync(path, `{"format":"synthor-stats","x":[${'"a",'.repeat(1_100_000)}"a"]}`);
    const run = await synth(['generate', '--stats', path, '--rows', '5', '--seed', '1', '--out', join(dir, 'out.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^synth: generate: --stats .*stats\.json holds about 1,100,00\d strings, more than the 1,000,000 a file synth reads may have/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
