import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synth } from './run-synth.ts';

const dir = mkdtempSync(join(tmpdir(), 'synth-tables-'));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
// Two sources with different totals that disagree on T: 100 records with T = (50%, 50%), 300 with T = (30%, 70%).
const od = write('od.csv', 'O,T,count\nx,t1,40\nx,t2,10\ny,t1,10\ny,t2,40\n');
const ts = write('ts.csv', 'T,S,count\nt1,late,30\nt1,early,60\nt2,late,210\n');
const out = join(dir, 'out.csv');

describe('synth generate --table: records from aggregate tables of different sources', () => {
  it('reconciles, says how far each source moved and which pairs no table gives, and writes the rows', async () => {
    const run = await synth(['generate', '--table', od, '--table', ts, '--rows', '400', '--seed', '1', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 4)).toEqual([
      'generate: od.csv: O × T, weight 100; moved 15.00% (TVD) to agree with the others',
      'generate: ts.csv: T × S, weight 300; moved 5.00% (TVD) to agree with the others',
      'generate: T given by od.csv (15.00% off the consensus), ts.csv (5.00% off the consensus)',
      'generate: never given together: O × S — drawn through what links them; the output carries no evidence on these pairs',
    ]);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('O,T,S');
    expect(lines.length - 1).toBe(400);
    // The consensus puts 35% of records in t1 (140 of 400); the loop meets the tables within a record or two.
    const t1 = lines.slice(1).filter((l) => l.split(',')[1] === 't1').length;
    expect(Math.abs(t1 - 140)).toBeLessThanOrEqual(2);
  }, 60_000);

  it('refuses a bad table, a table beside --input and no source, each in one line', async () => {
    const dup = write('dup.csv', 'T,count\nt1,1\nt1,2\n');
    const bad = await synth(['generate', '--table', od, '--table', dup, '--rows', '10', '--seed', '1', '--out', out]);
    expect([bad.code, bad.stderr]).toEqual([2, 'synth: generate: --table dup.csv: row 3 repeats row 2 (T=t1); give each combination once\n']);
    const mixed = await synth(['generate', '--table', od, '--stats', od, '--rows', '10', '--seed', '1', '--out', out]);
    expect(mixed.stderr).toBe('synth: generate: give exactly one of --input data.csv, --stats stats.json or --table t.csv (repeatable)\n');
    const trust = await synth(['generate', '--table', `${od}:trust=0`, '--rows', '10', '--seed', '1', '--out', out]);
    expect(trust.stderr).toBe(`synth: generate: --table ${od}:trust=0: trust must be a number above 0, got "0"\n`);
    const weighted = await synth(['generate', '--table', `${od}:trust=3`, '--table', ts, '--rows', '10', '--seed', '1', '--out', out]);
    // od's 100 records × 3 against ts's 300: an even say, so each moves half the way (TVD 0.1 each).
    expect(weighted.stdout.split('\n').slice(0, 2)).toEqual([
      'generate: od.csv: O × T, weight 300; moved 10.00% (TVD) to agree with the others',
      'generate: ts.csv: T × S, weight 300; moved 10.00% (TVD) to agree with the others',
    ]);
    const llm = await synth(['generate', '--table', od, '--planner', 'llm', '--rows', '10', '--seed', '1', '--out', out]);
    expect(llm.stderr).toBe('synth: generate: --planner llm works with --input or --stats; --table and --child runs use the statistical planner\n');
    const bins = await synth(['generate', '--table', od, '--bins', '5', '--rows', '10', '--seed', '1', '--out', out]);
    expect(bins.stderr).toBe('synth: generate: --bins cannot go with --table; the tables fix the columns and the targets\n');
  }, 60_000);

  it('applies a scenario before the loop, says its share before and after and in the rows, and records it in the recipe', async () => {
    const recipe = join(dir, 'recipe.json');
    const args = ['generate', '--table', od, '--table', ts, '--rows', '1000', '--seed', '2', '--out', out, '--recipe', recipe];
    const run = await synth([...args, '--scenario', '+50% O = x in T = t2']);
    expect(run.stderr).toBe('');
    // Consensus P(x | t2) = 0.2 (od gives it; ts does not name O): +50% makes it 0.3 of t2, whose total stays.
    const line = run.stdout.split('\n').find((l) => l.includes('scenario'));
    expect(line).toMatch(
      /^generate: scenario "\+50% O = x in T = t2": 20\.0% of the context in the targets, 30\.0% with the scenario \(×1\.50\), (\d+\.\d)% in the rows written$/,
    );
    const written = Number(/, ([\d.]+)% in the rows written/.exec(line ?? '')?.[1]);
    expect(Math.abs(written - 30)).toBeLessThan(1);
    expect(JSON.parse(readFileSync(recipe, 'utf8')).scenarios).toEqual(['+50% O = x in T = t2']);
    const refused = await synth([...args, '--scenario', '+50% O = x in S = late']);
    expect(refused.stderr).toBe(
      'synth: generate: --scenario "+50% O = x in S = late": no table gives O and S together, so the data say nothing about how they go together; name columns one table holds\n',
    );
  }, 60_000);

  it('adds derived columns after the loop, so they hold for every row', async () => {
    const lookup = write('d.csv', 'O,T,minutes\nx,t1,30\nx,t2,90\ny,t1,600\ny,t2,45\n');
    const run = await synth([
      'generate',
      '--table',
      od,
      '--table',
      ts,
      '--rows',
      '200',
      '--seed',
      '3',
      '--out',
      out,
      '--derive',
      `minutes = lookup(${lookup})`,
      '--derive',
      'length = cut(minutes; 60: short; 300: medium; long)',
    ]);
    expect(run.stderr).toBe('');
    const [head, ...rows] = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    expect(head).toEqual(['O', 'T', 'S', 'minutes', 'length']);
    const want: Record<string, string> = { 'x,t1': '30', 'x,t2': '90', 'y,t1': '600', 'y,t2': '45' };
    expect(rows.filter((r) => r[3] !== want[`${r[0]},${r[1]}`])).toEqual([]);
    const label = (m: number) => (m < 60 ? 'short' : m < 300 ? 'medium' : 'long');
    expect(rows.filter((r) => r[4] !== label(Number(r[3])))).toEqual([]);
    const missing = write('m.csv', 'O,T,minutes\nx,t1,30\n');
    const refused = await synth(['generate', '--table', od, '--rows', '50', '--seed', '3', '--out', out, '--derive', `minutes = lookup(${missing})`]);
    expect(refused.stderr).toMatch(/^synth: generate: --derive: derive "minutes": m\.csv has no row for O=\w+, T=t\d \(record \d+\); add it\n$/);
  }, 60_000);

  it('stats --table writes the reconciled tables to a stats.json that generate --stats reads', async () => {
    const stats = join(dir, 'stats.json');
    const run = await synth(['stats', '--table', od, '--table', ts, '--out', stats]);
    expect(run.stderr).toBe('');
    // Scaled to the mean count table's total: (100 + 300) / 2.
    expect(run.stdout.split('\n').at(-2)).toBe(`stats: 2 tables → 5 tables of 200 records in ${stats}`);
    expect(JSON.parse(readFileSync(stats, 'utf8')).rowCount).toBe(200);
    const gen = await synth(['generate', '--stats', stats, '--rows', '100', '--seed', '1', '--out', out]);
    expect(gen.stderr).toBe('');
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('O,T,S');
    const both = await synth(['stats', '--input', od, '--table', ts, '--out', stats]);
    expect(both.stderr).toBe('synth: stats: give exactly one of --input data.csv or --table t.csv (repeatable)\n');
  }, 60_000);
});
