import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, synth } from './run-synth.ts';

// SDV metadata naming "%b %d %Y" for a column written "Jan 05 2020".
const FIXTURES = join(ROOT, 'test/fixtures/datetime-names');
const fixture = (file: string) => join(FIXTURES, file);
const metadata = fixture('metadata.json');
const dir = mkdtempSync(join(tmpdir(), 'synth-named-dates-'));
const MONTH_DAY_YEAR = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (0[1-9]|[12][0-9]|3[01]) [0-9]{4}$/;

describe('a %b %d %Y column from SDV metadata, through the CLI', () => {
  it('evaluate scores it as SDMetrics does', async () => {
    const run = await synth(['evaluate', '--real', fixture('real.csv'), '--synthetic', fixture('synthetic.csv'), '--metadata', metadata, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    // By hand, dates read with Python's strptime('%b %d %Y'): by Aug 09 all 8 real signups
    // are in, 4 of 8 synthetic ones (Jan 07, Feb 10, Mar 01, Jun 30): KS statistic 0.5.
    expect(result.columns.signup).toEqual({ metric: 'KSComplement', score: 0.5 });
    // basic/pro 5/3 against 3/5: total variation 0.25.
    expect(result.columns.plan).toEqual({ metric: 'TVComplement', score: 0.75 });
    expect(result.columnShapes).toBe(0.625);
    // Each table binned on its own 10 equal-width bins: real cells 1b 2p 4b 5p 7b 9p 9b 11b,
    // synthetic 1b 1p 2b 5p 8p 9b 9p 11p; half the mass differs, so 1 - 0.5.
    expect(result.pairs['signup|plan'].score).toBe(0.5);
    // Datetimes match within 1% of their epoch value (about 183 days in 2020): every synthetic row has a match.
    expect(result.newRowSynthesis).toBe(0);
  });

  it('generate writes the column back as %b %d %Y, and evaluate reads what it wrote', async () => {
    const out = join(dir, 'generated.csv');
    const run = await synth(['generate', '--input', fixture('signups.csv'), '--metadata', metadata, '--rows', '100', '--seed', '5', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(rows[0]).toBe('signup,plan');
    expect(rows).toHaveLength(101);
    const dates = rows.slice(1).map((row) => row.split(',')[0]);
    expect(dates.filter((d) => !MONTH_DAY_YEAR.test(d))).toEqual([]);
    // signups.csv runs from Jan 03 2019 to Oct 16 2020: both years and many months come back.
    expect(new Set(dates.map((d) => d.slice(-4)))).toEqual(new Set(['2019', '2020']));
    expect(new Set(dates.map((d) => d.slice(0, 3))).size).toBeGreaterThan(6);
    const evaluate = await synth(['evaluate', '--real', fixture('signups.csv'), '--synthetic', out, '--metadata', metadata]);
    expect(evaluate.stderr).toBe('');
    expect(evaluate.code).toBe(0);
  });

  it('names the file, row, column and value that do not fit the format', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'signup,plan\nJan 05 2020,basic\n2020-02-03,pro\n');
    const run = await synth(['evaluate', '--real', fixture('real.csv'), '--synthetic', bad, '--metadata', metadata]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd()).toBe(
      `synth: ${bad}: row 3, column "signup" holds "2020-02-03", which does not match the date format %b %d %Y; fix the value, or set the column's date format`,
    );
  });

  it('says why a date of the right shape is refused', async () => {
    const weekdays = join(dir, 'weekdays.csv');
    writeFileSync(weekdays, 'signup,plan\nMon Feb 03 2020,basic\nTue Feb 03 2020,pro\n');
    const weekdayMetadata = join(dir, 'weekday-metadata.json');
    writeFileSync(
      weekdayMetadata,
      JSON.stringify({ columns: { signup: { sdtype: 'datetime', datetime_format: '%a %b %d %Y' }, plan: { sdtype: 'categorical' } } }),
    );
    const run = await synth(['evaluate', '--real', weekdays, '--synthetic', weekdays, '--metadata', weekdayMetadata]);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd()).toBe(
      `synth: ${weekdays}: row 3, column "signup" holds "Tue Feb 03 2020", which does not match the date format %a %b %d %Y (2020-02-03 is a Monday); fix the value, or set the column's date format`,
    );
  });
});
