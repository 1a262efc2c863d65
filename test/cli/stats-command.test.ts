import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, synth } from './run-synth.ts';
import { targetsFromJson } from '../../src/stats/stats-json/targets-from-json.ts';
import { tableName } from '../../src/stats/tables/table.ts';

const PENGUINS = join(ROOT, 'test/fixtures/datasets/penguins.csv');
const dir = mkdtempSync(join(tmpdir(), 'synth-stats-'));

describe('synth stats', () => {
  it('warns when --top-k pools categories common enough to be named, saying how many and what share of rows', async () => {
    // c0 … c59 in 69 … 10 rows (2,370 in all): the default 50 pools c50 … c59, 19 + 18 + … + 10 = 145 rows (6%).
    const lines = ['city,size'];
    for (let k = 0; k < 60; k++) for (let i = 0; i < 69 - k; i++) lines.push(`c${k},${i % 3 === 0 ? 'small' : 'large'}`);
    const input = join(dir, 'cities.csv');
    writeFileSync(input, lines.join('\n') + '\n');
    const byDefault = await synth(['stats', '--input', input, '--out', join(dir, 'cities-stats.json')]);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stderr).toBe(
      'synth: warning: "city": 10 of 60 categories (6% of rows, 145) are pooled into "(other)" by --top-k 50; raise --top-k to keep them\n',
    );
    const all = await synth(['stats', '--input', input, '--top-k', '60', '--out', join(dir, 'cities-stats-60.json')]);
    expect(all.code).toBe(0);
    expect(all.stderr).toBe('');
  });

  it('writes the target tables of penguins, counts as counted by awk', async () => {
    const out = join(dir, 'stats.json');
    const run = await synth(['stats', '--input', PENGUINS, '--joints', 'Species,Island; Species,Sex', '--bins', '3', '--min-count', '1', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/344 rows → 7 marginals \+ 7 joint tables/);
    const targets = targetsFromJson(JSON.parse(readFileSync(out, 'utf8')), out);
    const byName = new Map(targets.tables.map((t) => [tableName(t), t]));
    // The asked-for joints first, then the tables structure selection adds, as generate adds them
    // (structureForDataset; this list changes when structure selection does).
    expect([...byName.keys()]).toEqual([
      'Species',
      'Island',
      'Beak Length (mm)',
      'Beak Depth (mm)',
      'Flipper Length (mm)',
      'Body Mass (g)',
      'Sex',
      'Species × Island',
      'Species × Sex',
      'Species × Sex × Beak Length (mm)',
      'Species × Beak Length (mm) × Flipper Length (mm)',
      'Species × Sex × Beak Depth (mm)',
      'Species × Sex × Body Mass (g)',
      'Flipper Length (mm) × Body Mass (g)',
    ]);
    for (const t of targets.tables) expect(t.total).toBe(344);
    // awk -F, 'NR>1{print $1","$2}' | sort | uniq -c: Adelie 44 Biscoe, 56 Dream, 52 Torgersen; Gentoo 124 Biscoe; Chinstrap 68 Dream.
    const si = byName.get('Species × Island')!;
    expect(si.axes.map((a) => a.labels)).toEqual([
      ['Adelie', 'Gentoo', 'Chinstrap', '(missing)'],
      ['Biscoe', 'Dream', 'Torgersen', '(missing)'],
    ]);
    expect([...si.counts]).toEqual([44, 56, 52, 0, 124, 0, 0, 0, 0, 68, 0, 0, 0, 0, 0, 0]);
    // Sex: MALE 168, FEMALE 165, "." 1 (a written value, not a missing token), empty 10.
    expect([...byName.get('Sex')!.counts]).toEqual([168, 165, 1, 10]);
    // Flipper, 342 values (2 empty), 3 bins: sorted positions 0, 113, 227, 341 → 172, 192, 209, 231;
    // awk: 112 below 192, 111 in [192, 209), 119 in [209, 231].
    const flipper = byName.get('Flipper Length (mm)')!;
    expect(flipper.axes[0].labels).toEqual(['[172, 192)', '[192, 209)', '[209, 231]', '(missing)']);
    expect([...flipper.counts]).toEqual([112, 111, 119, 2]);
  });

  it('applies disclosure control by default (k = 5): rare values pooled, small cells suppressed, extremes trimmed', async () => {
    const out = join(dir, 'stats-k5.json');
    const run = await synth(['stats', '--input', PENGUINS, '--joints', 'Species,Sex', '--bins', '3', '--out', out]);
    expect(run.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    const targets = targetsFromJson(json, out);
    const byName = new Map(targets.tables.map((t) => [tableName(t), t]));
    // "." (1 record, a Gentoo) is pooled into "(other)" and never named; that cell (1 record) is suppressed,
    // its record spread pro rata over the 343 others.
    const sex = byName.get('Sex')!;
    expect(sex.axes[0].labels).toEqual(['MALE', 'FEMALE', '(other)', '(missing)']);
    expect(sex.counts[2]).toBe(0);
    expect(sex.counts[0]).toBeCloseTo((168 * 344) / 343, 9);
    expect(JSON.stringify(json)).not.toContain('"."');
    // Flipper edges stop at the 5th smallest / largest of 342 values (sorted positions 4 and 337): 178 and 230, not 172 and 231.
    expect(byName.get('Flipper Length (mm)')!.axes[0].labels).toEqual(['[178, 192)', '[192, 209)', '[209, 230]', '(missing)']);
    // Below 5: the 2 missing measurements of each numeric column; Gentoo × (missing) = 4 and Gentoo × "." = 1.
    const measures = ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)'];
    // Then the tables structure selection adds after --joints (as generate does), each with its own small
    // cells; pinned as chosen, so this list changes when structure selection does.
    const chosen: [string, number, number][] = [
      ['Species × Sex × Beak Length (mm)', 8, 14],
      ['Species × Sex × Beak Depth (mm)', 6, 11],
      ['Species × Beak Length (mm) × Flipper Length (mm)', 5, 9],
      ['Species × Sex × Body Mass (g)', 8, 14],
      ['Island × Flipper Length (mm)', 4, 7],
      ['Beak Depth (mm) × Flipper Length (mm)', 2, 6],
      ['Flipper Length (mm) × Sex', 5, 11],
      ['Flipper Length (mm) × Body Mass (g)', 2, 5],
      ['Island × Beak Length (mm)', 2, 2],
      ['Island × Body Mass (g)', 3, 5],
      ['Beak Length (mm) × Body Mass (g)', 2, 5],
      ['Island × Beak Depth (mm)', 4, 6],
      ['Island × Sex', 3, 6],
      ['Beak Depth (mm) × Body Mass (g)', 1, 2],
      ['Beak Length (mm) × Beak Depth (mm)', 1, 2],
    ];
    expect(targets.disclosure).toEqual({
      minCount: 5,
      pooledCategories: [{ column: 'Sex', categories: 1 }],
      suppressedCells: [
        ...measures.map((table) => ({ table, cells: 1, records: 2 })),
        { table: 'Sex', cells: 1, records: 1 },
        { table: 'Species × Sex', cells: 2, records: 5 },
        ...chosen.map(([table, cells, records]) => ({ table, cells, records })),
      ],
    });
    // Species × Island has no cell of 1–4 records, so it is chosen but absent from the list.
    expect(byName.has('Species × Island')).toBe(true);
  });

  it('rejects an unknown --joints column, naming it and the columns', async () => {
    const run = await synth(['stats', '--input', PENGUINS, '--joints', 'Species,Beak', '--out', join(dir, 'x.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'synth: stats: --joints: no column "Beak" (columns: Species, Island, Beak Length (mm), Beak Depth (mm), Flipper Length (mm), Body Mass (g), Sex)\n',
    );
  });

  it.each([
    [['--input', PENGUINS], /--out is required/],
    [['--input', join(dir, 'nope.csv'), '--out', 'x.json'], /--input .*nope\.csv: no such file/],
    [['--input', PENGUINS, '--bins', '0', '--out', 'x.json'], /--bins must be a whole number from 1 to 9,999, got 0/],
    [['--input', PENGUINS, '--joints', 'Species', '--out', 'x.json'], /group "Species" needs two or more column names/],
    [['--input', PENGUINS, '--colour', 'x', '--out', 'x.json'], /unknown option --colour/],
  ])('rejects bad arguments %j with one line and exit code 2', async (args, message) => {
    const run = await synth(['stats', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects metadata that is not JSON', async () => {
    const metadata = join(dir, 'm.json');
    writeFileSync(metadata, '{oops');
    const run = await synth(['stats', '--input', PENGUINS, '--metadata', metadata, '--out', join(dir, 'y.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--metadata .*m\.json is not valid JSON/);
  });
});
