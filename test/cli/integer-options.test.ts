import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { integerOption } from '../../src/cli/integer-option.ts';
import { ROOT, synth } from './run-synth.ts';

const PENGUINS = join(ROOT, 'test/fixtures/datasets/penguins.csv');
const dir = mkdtempSync(join(tmpdir(), 'synth-integers-'));
const flag = { flag: 'rows', command: 'generate' };

describe('integerOption', () => {
  it('reads plain decimal digits within the range', () => {
    expect(integerOption('500', flag)).toBe(500);
    expect(integerOption('0', { ...flag, min: 0 })).toBe(0);
    expect(integerOption(undefined, flag)).toBeUndefined();
  });

  it.each(['0x10', '1e2', '1.0', ' 5', '+5', '-1', '', '0b11', 'Infinity'])('refuses "%s" rather than read a number into it', (text) => {
    expect(() => integerOption(text, flag)).toThrow(`generate: --rows must be a whole number ≥ 1 in plain digits, got "${text}"`);
  });

  it('refuses numbers outside the range', () => {
    expect(() => integerOption('11', { ...flag, max: 10 })).toThrow('generate: --rows must be a whole number from 1 to 10, got 11');
    expect(() => integerOption('0', flag)).toThrow('generate: --rows must be a whole number ≥ 1, got 0');
  });
});

/** --rows 5 and --seed 1 unless the options give their own (an option given twice is refused). */
const generate = (options: string[]) =>
  synth([
    'generate',
    '--input',
    PENGUINS,
    ...['--rows', '--seed'].flatMap((f) => (options.includes(f) ? [] : [f, f === '--rows' ? '5' : '1'])),
    '--out',
    join(dir, 'out.csv'),
    ...options,
  ]);

describe('synth generate refuses integers it would misread or cannot honour: exit 2, one line, nothing written', () => {
  it.each([
    [['--rows', '0x10'], 'generate: --rows must be a whole number from 1 to 10,000,000 in plain digits, got "0x10"'],
    [['--rows', '1e2'], 'generate: --rows must be a whole number from 1 to 10,000,000 in plain digits, got "1e2"'],
    [['--rows', '1e12'], 'generate: --rows must be a whole number from 1 to 10,000,000 in plain digits, got "1e12"'],
    [['--rows', '1000000000'], 'generate: --rows must be a whole number from 1 to 10,000,000, got 1000000000'],
    [['--seed', '4294967296'], 'generate: --seed must be a whole number from 0 to 4,294,967,295, got 4294967296'],
    [['--seed', '-1'], 'generate: --seed must be a whole number from 0 to 4,294,967,295 in plain digits, got "-1"'],
    [['--iterations', '1e3'], 'generate: --iterations must be a whole number ≥ 1 in plain digits, got "1e3"'],
    [['--bins', '0x8'], 'generate: --bins must be a whole number from 1 to 9,999 in plain digits, got "0x8"'],
    [['--top-k', '1e1'], 'generate: --top-k must be a whole number from 1 to 10,000 in plain digits, got "1e1"'],
    [['--min-count', '5.0'], 'generate: --min-count must be a whole number ≥ 1 in plain digits, got "5.0"'],
    [
      ['--epsilon', '1', '--bounds', 'x=0..1', '--noise-seed', '4294967296'],
      'generate: --noise-seed must be a whole number from 0 to 4,294,967,295, got 4294967296',
    ],
  ])('%j', async (options, message) => {
    const run = await generate(options);
    expect(run.stderr).toBe(`synth: ${message}\n`);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('refuses more values than one run (or one chunk of a larger run) can write, before the run', async () => {
    // 120 columns: half a million rows are 60,000,000 values, past the 50,000,000 one run holds.
    const wide = join(dir, 'wide.csv');
    const names = Array.from({ length: 120 }, (_, i) => `c${i}`);
    writeFileSync(wide, [names.join(','), ...Array.from({ length: 30 }, (_, r) => names.map((_, i) => (r * 7 + i) % 11).join(','))].join('\n') + '\n');
    const run = await synth(['generate', '--input', wide, '--rows', '450000', '--seed', '1', '--out', join(dir, 'wide-out.csv')]);
    expect(run.stderr).toBe(
      'synth: generate: --rows 450,000 rows × 120 columns is more than the 50,000,000 values one run can write; ask for at most 416,666 rows, or synthesise fewer columns\n',
    );
    expect(run.code).toBe(2);
    const chunked = await synth(['generate', '--input', wide, '--rows', '1900000', '--seed', '1', '--out', join(dir, 'wide-out.csv')]);
    expect(chunked.stderr).toBe(
      'synth: generate: --rows 1,900,000 is made in chunks, and a chunk of 475,000 rows × 120 columns is more than the 50,000,000 values one run can write; ask for at most 416,666 rows, or synthesise fewer columns\n',
    );
    expect(chunked.code).toBe(2);
  });
});
