import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, synth } from './run-synth.ts';

const dir = mkdtempSync(join(tmpdir(), 'synth-drop-copies-'));
const lines = (path: string) => readFileSync(path, 'utf8').trimEnd().split(/\r?\n/);

// Few combinations (3 × 3 × 2 × 10 = 180 for 200 rows; age in more values than bins), so a faithful synthetic set holds many copies.
const TRAINING = join(dir, 'small.csv');
writeFileSync(
  TRAINING,
  [
    'species,island,sex,age',
    ...Array.from(
      { length: 200 },
      (_, i) => `${['Adelie', 'Gentoo', 'Chinstrap'][i % 3]},${['Biscoe', 'Dream', 'Torgersen'][(i * 7) % 3]},${i % 2 ? 'MALE' : 'FEMALE'},${(i * 7) % 10}`,
    ),
  ].join('\n') + '\n',
);

describe('synth generate --drop-copies', () => {
  it('writes no row identical to a training row, and says how many it dropped', async () => {
    const out = join(dir, 'out.csv');
    const run = await synth(['generate', '--input', TRAINING, '--rows', '300', '--seed', '5', '--min-count', '1', '--out', out, '--drop-copies']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary =
      /^generate: 300 rows in \d+ iterations \(\d+ ms\), mean TVD [\d.]+ over \d+ tables; dropped (\d+) rows identical to a training row; (\d+) rows written → .*out\.csv\n$/.exec(
        run.stdout,
      );
    expect(summary).not.toBeNull();
    const [dropped, written] = [Number(summary![1]), Number(summary![2])];
    // 178 of the 300 rows copy a training row (the next test finds the same 178 without the flag).
    expect(dropped).toBe(178);
    expect(dropped + written).toBe(300);
    const rows = lines(out);
    expect(rows[0]).toBe('species,island,sex,age');
    expect(rows).toHaveLength(written + 1);
    const training = new Set(lines(TRAINING).slice(1));
    expect(rows.slice(1).filter((row) => training.has(row))).toEqual([]);
  });

  it('without the flag the same run keeps the copies (the test above can fail)', async () => {
    const out = join(dir, 'kept.csv');
    const run = await synth(['generate', '--input', TRAINING, '--rows', '300', '--seed', '5', '--min-count', '1', '--out', out]);
    expect(run.code).toBe(0);
    const training = new Set(lines(TRAINING).slice(1));
    expect(
      lines(out)
        .slice(1)
        .filter((row) => training.has(row)).length,
    ).toBe(178);
  });

  it.each([
    [
      ['--stats', join(ROOT, 'test/fixtures/bad/stats-counts-off-total.json')],
      'synth: generate: --drop-copies needs --input; a stats file holds no rows to compare with\n',
    ],
    [
      ['--input', TRAINING, '--epsilon', '1'],
      'synth: generate: --drop-copies reads the input rows after the noisy tables, which --epsilon does not allow; use one or the other\n',
    ],
  ])('refuses %j with one line and exit code 2', async (source, message) => {
    const run = await synth(['generate', ...source, '--rows', '5', '--seed', '1', '--out', join(dir, 'x.csv'), '--drop-copies']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(message);
  });
});
