import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from './run-synth.ts';

const PENGUINS = join(ROOT, 'test/fixtures/datasets/penguins.csv');
const dir = mkdtempSync(join(tmpdir(), 'synth-stdin-'));

/** The real CLI (built once for the run, run-synth.ts) with `stdin` piped in and closed. */
function synthWithStdin(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [inject('builtSynth'), ...args], { cwd: ROOT }, (e, stdout, stderr) =>
      resolve({ code: e ? (e.code as number) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

describe('synth reads a table piped to --input - (or /dev/stdin), up to the same limit as a file', () => {
  it('cat penguins.csv | synth generate --input - …', async () => {
    const out = join(dir, 'out.csv');
    const run = await synthWithStdin(['generate', '--input', '-', '--rows', '7', '--seed', '1', '--out', out], readFileSync(PENGUINS, 'utf8'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = (path: string) => readFileSync(path, 'utf8').trimEnd().split(/\r?\n/);
    expect(lines(out)[0]).toBe(lines(PENGUINS)[0]);
    expect(lines(out)).toHaveLength(8);
  });

  it('nothing piped: the empty-file message; two options reading stdin: one line saying so', async () => {
    const empty = await synthWithStdin(['stats', '--input', '/dev/stdin', '--out', join(dir, 's.json')], '');
    expect([empty.code, empty.stderr]).toEqual([2, 'synth: stdin.csv: the file is empty; choose a file with a header row and at least one data row\n']);
    const twice = await synthWithStdin(['evaluate', '--real', '-', '--synthetic', '-'], 'a\n1\n');
    expect([twice.code, twice.stderr]).toEqual([
      2,
      'synth: evaluate: --synthetic -: standard input was read already for --real; save one of the two to a file\n',
    ]);
  });
});
