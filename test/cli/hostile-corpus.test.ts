import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARGUMENT_CASES } from './hostile/argument-cases.ts';
import { runBuilt, type Run } from './hostile/built-synth.ts';
import { DIR, IN, input, writeCorpusFiles } from './hostile/corpus-files.ts';
import { FILE_CASES } from './hostile/file-cases.ts';
import type { HostileCase } from './hostile/hostile-case.ts';
import { OUTPUT_CASES } from './hostile/output-cases.ts';
import { RECIPE_FILES } from './hostile/recipe-files.ts';
import { STATS_FILES } from './hostile/stats-files.ts';
import { baseStats } from '../stats/stats-json/hostile-stats-corpus.ts';

/** Issue #11: every case ends within this, in exit 2 and one line, or in a valid output. */
const LIMIT_MS = 10_000;
const CASES: readonly HostileCase[] = [...ARGUMENT_CASES, ...FILE_CASES, ...OUTPUT_CASES];

let main: string;
let before: Map<string, string>;

/** SHA-256 of every regular file under `dir`: the inputs, to be found unchanged after every case. */
function hashFiles(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    if (statSync(path).isFile()) hashes.set(path, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return hashes;
}

beforeAll(async () => {
  writeCorpusFiles();
  execFileSync('mkfifo', [input('fifo.csv')]);
  writeFileSync(input('stats-valid.json'), JSON.stringify(baseStats()));
  for (const [name, text] of Object.entries(STATS_FILES)) writeFileSync(input(name), text());
  main = inject('builtSynth');
  const recipe = join(DIR, 'recipe.json');
  const made = await runBuilt(
    main,
    ['generate', '--input', input('cats.csv'), '--rows', '20', '--seed', '1', '--iterations', '3', '--out', join(DIR, 'made.csv'), '--recipe', recipe],
    { limitMs: 30_000, cwd: DIR },
  );
  expect(made.stderr).toBe('');
  const text = readFileSync(recipe, 'utf8');
  writeFileSync(input('recipe.json'), text);
  for (const [name, edit] of Object.entries(RECIPE_FILES)) writeFileSync(input(name), edit(text));
  before = hashFiles(IN);
}, 60_000);

afterAll(() => {
  // No case may change any input file, whichever case it was.
  const after = hashFiles(IN);
  // The corpus holds some 45 MB: not kept (the built command line is the run's, removed at its end).
  rmSync(DIR, { recursive: true, force: true });
  expect(after).toEqual(before);
});

/** The value after `flag` in a command line. */
const valueOf = (args: readonly string[], flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Exit 0 must leave a valid output: a CSV with a header and rows, a stats.json, or a report on stdout. */
function expectValidOutput(c: HostileCase, run: Run): void {
  const out = valueOf(c.args, '--out');
  if (c.args[0] === 'evaluate') return void expect(run.stdout.length).toBeGreaterThan(0);
  if (out === undefined || !statSync(out).isFile()) return;
  const text = readFileSync(out, 'utf8');
  if (c.args[0] === 'stats') return void expect(JSON.parse(text)).toHaveProperty('tables');
  const lines = text.split('\n').filter((l) => l !== '');
  expect(lines.length).toBeGreaterThanOrEqual(2);
}

/** Exit 2 must come with exactly one line on stderr: prefixed once, no stack trace, naming the problem, printable. */
function expectOneLine(c: HostileCase, run: Run): void {
  const lines = run.stderr.split('\n');
  expect(lines.at(-1)).toBe('');
  expect(lines.slice(0, -1), 'exactly one line on stderr').toHaveLength(1);
  const line = lines[0];
  expect(line).toMatch(/^synth: \S/);
  expect(line).not.toMatch(/^synth: synth:/);
  expect(line).not.toMatch(/\bat .*:\d+:\d+\)?$|Error:|ERR_|\[object /);
  // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
  expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  expect(line.length, 'a line a person can read').toBeLessThan(2000);
  expect(line).toContain(c.names);
}

describe.concurrent(`synth on a hostile corpus (${CASES.length} cases): exit 2 and one line, or a valid output, within 10 s`, () => {
  it.each(CASES.map((c) => [c.args.map((a) => JSON.stringify(a.length > 60 ? a.slice(0, 60) + '…' : a)).join(' '), c] as const))(
    '%s',
    async (_, c) => {
      const run = await runBuilt(main, c.args, { stdin: c.stdin, limitMs: LIMIT_MS, cwd: DIR });
      expect(run.timedOut, `ended within ${LIMIT_MS} ms`).toBe(false);
      if (run.code === 0 && c.mayPass) expectValidOutput(c, run);
      else {
        expect(run.code, run.stderr.slice(0, 500)).toBe(2);
        expectOneLine(c, run);
      }
    },
    LIMIT_MS + 5_000,
  );
});
