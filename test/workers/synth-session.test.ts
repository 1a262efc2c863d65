import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IterationReport } from '../../src/workers/synth-api.ts';
import { SynthSession } from '../../src/workers/synth-session.ts';
import { PENGUINS, SETUP, finishedRun, loadedSession, value } from './session-fixture.ts';

const COLUMNS = ['Species', 'Island', 'Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)', 'Sex'];
// penguins.csv, counted with `cut -d, -f1 | sort | uniq -c`.
const SPECIES = { Adelie: 152, Chinstrap: 68, Gentoo: 124 };
const PENGUIN_ROWS = 344;

/** Shares of each value of the CSV's first column (Species: no quotes, no commas). */
function firstColumnShares(csv: string): Record<string, number> {
  const rows = csv.trimEnd().split('\n').slice(1);
  const shares: Record<string, number> = {};
  for (const row of rows) {
    const species = row.slice(0, row.indexOf(','));
    shares[species] = (shares[species] ?? 0) + 1 / rows.length;
  }
  return shares;
}

describe('SynthSession: data', () => {
  it('loads a CSV into a summary of its columns, and previews its first rows as written', async () => {
    const session = new SynthSession();
    const summary = value(await session.loadFile(PENGUINS));
    expect(summary).toMatchObject({ fileName: 'penguins.csv', source: 'data', rowCount: PENGUIN_ROWS });
    expect(summary.schema.columns.map((c) => c.name)).toEqual(COLUMNS);
    expect(summary.columns[0]).toMatchObject({ name: 'Species', missing: 0, distinct: 3 });
    const lines = readFileSync(new URL('../fixtures/datasets/penguins.csv', import.meta.url), 'utf8').split(/\r?\n/);
    // Row 4 is the first without measurements: its missing tokens show as empty, as in the file.
    expect(value(await session.preview(5))).toEqual({ columns: COLUMNS, rows: lines.slice(1, 6).map((l) => l.split(',')), long: [] });
    expect(value(await session.preview(1000)).rows).toHaveLength(50);
  });

  it('keeps the loaded data when a file does not parse or a correction does not fit, saying which and where', async () => {
    const session = await loadedSession();
    const bad = await session.loadFile({ name: 'bad.csv', bytes: new TextEncoder().encode('a,b\n1,2,3\n') });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/^bad\.csv: row 2/) } });
    const retyped = await session.retype({ Species: { kind: 'numeric' } });
    expect(retyped).toEqual({
      ok: false,
      error: {
        code: 'bad-input',
        message: 'penguins.csv: row 2, column "Species" holds "Adelie", which is not a number; fix the value, or mark the column as categorical',
      },
    });
    expect(value(await session.preview(1)).rows).toEqual([['Adelie', 'Torgersen', '39.1', '18.7', '181', '3750', 'MALE']]);
    const summary = value(await session.setup(SETUP));
    expect(summary.trainingRows + summary.holdoutRows).toBe(PENGUIN_ROWS);
  });

  it('says what to do first when asked for data, a run or a report too early', async () => {
    const session = new SynthSession();
    const badInput = (message: unknown) => ({ ok: false, error: { code: 'bad-input', message } });
    expect(await session.preview(5)).toEqual(badInput('synth: no data file loaded; choose a data file or a sample first'));
    expect(await session.setup(SETUP)).toEqual(badInput('setup: load a data file, a stats.json or aggregate tables first'));
    expect(await session.start(() => {})).toEqual(badInput('synth: no run yet; set one up with Synthesize first'));
    expect(await session.checkpoint()).toEqual(badInput('synth: no run yet; set one up with Synthesize first'));
    expect(await session.exportTargets()).toEqual(badInput('synth: no targets yet; set up a run first'));
    const notJson = await session.importStats({ name: 'stats.json', bytes: new TextEncoder().encode('{"format":') });
    expect(notJson).toEqual(badInput(expect.stringMatching(/^stats\.json: not JSON \(.+\); choose a stats\.json written by Synthor$/)));
    value(await session.loadFile(PENGUINS));
    value(await session.setup(SETUP));
    for (const early of [session.report(), session.exportCsv(), session.exportRecipe()]) {
      expect(await early).toEqual(badInput('synth: the run is not finished; wait for it or press Stop'));
    }
  });
});

describe('SynthSession: a run', () => {
  it('splits off the holdout before the targets and chooses joints over every column', async () => {
    const session = await loadedSession();
    const summary = value(await session.setup(SETUP));
    // round(0.2 · 344) = 69 held out.
    expect(summary).toMatchObject({ holdoutRows: 69, trainingRows: 275, rowsWanted: 300, planner: 'statistical' });
    // Grown from the strongest pair of the training rows (flipper and body mass, r ≈ 0.87).
    expect(summary.joints[0]).toEqual(['Flipper Length (mm)', 'Body Mass (g)']);
    expect(new Set(summary.joints.flat())).toEqual(new Set(COLUMNS));
    expect(summary.tables.map((t) => t.name)).toEqual([...COLUMNS, ...summary.joints.map((j) => j.join(' × '))]);
  });

  it('runs to exactly the rows wanted, reporting every iteration in order', async () => {
    const session = await loadedSession();
    value(await session.setup(SETUP));
    const seen: IterationReport[] = [];
    const end = value(await session.start((r) => void seen.push(r)));
    expect(end).toEqual({ iterations: seen.length, rows: 300, meanTvd: seen.at(-1)?.meanTvd, stopped: false });
    expect(seen.map((r) => r.iteration)).toEqual(seen.map((_, i) => i + 1));
    expect(seen.length).toBeLessThanOrEqual(SETUP.maxIterations);
    const csv = (await value(await session.exportCsv()).text()).trimEnd().split('\n');
    expect(csv[0]).toBe(COLUMNS.join(','));
    expect(csv).toHaveLength(1 + 300);
    const recipe = JSON.parse(value(await session.exportRecipe()));
    expect(recipe.planner).toEqual({ name: 'statistical' });
    expect(recipe.loop).toMatchObject({ rows: 300, seed: SETUP.seed });
  });

  it('gives the same rows for the same seed in another session, and other rows for another seed', async () => {
    const a = await finishedRun();
    const b = await finishedRun();
    const other = await finishedRun({ ...SETUP, seed: SETUP.seed + 1 });
    expect(b.csv).toBe(a.csv);
    expect(other.csv).not.toBe(a.csv);
  });

  it('stops after the current iteration with exactly the rows wanted', async () => {
    const session = await loadedSession();
    value(await session.setup(SETUP));
    const seen: number[] = [];
    const end = value(
      await session.start((r) => {
        seen.push(r.iteration);
        if (r.iteration === 1) session.stop();
      }),
    );
    expect(seen).toEqual([1]);
    expect(end).toMatchObject({ stopped: true, rows: 300, iterations: 1 });
    expect((await value(await session.exportCsv()).text()).trimEnd().split('\n')).toHaveLength(1 + 300);
  });

  it('forgets the rows, the targets and the run', async () => {
    const { session } = await finishedRun();
    session.forget();
    expect(await session.preview(1)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await session.exportCsv()).toMatchObject({ ok: false, error: { message: 'synth: no run yet; set one up with Synthesize first' } });
    expect(await session.setup(SETUP)).toMatchObject({ ok: false, error: { message: 'setup: load a data file, a stats.json or aggregate tables first' } });
  });
});

describe('SynthSession: the report', () => {
  it('scores the rows it wrote: the Species shares of its own CSV against the 152/68/124 penguins of the file', async () => {
    // No holdout: the targets are built from all 344 rows, so the real shares are the file's.
    const { session, csv } = await finishedRun({ ...SETUP, holdoutShare: 0 });
    const report = value(await session.report());
    expect(report.rows).toBe(300);
    const synthetic = firstColumnShares(csv);
    const species = report.overlays.find((o) => o.column === 'Species');
    expect(species?.labels).toEqual(['Adelie', 'Gentoo', 'Chinstrap', '(missing)']);
    const real = Object.fromEntries(species!.labels.map((label, i) => [label, species!.real[i]]));
    expect(real).toEqual({
      Adelie: SPECIES.Adelie / PENGUIN_ROWS,
      Gentoo: SPECIES.Gentoo / PENGUIN_ROWS,
      Chinstrap: SPECIES.Chinstrap / PENGUIN_ROWS,
      '(missing)': 0,
    });
    species!.labels.forEach((label, i) => expect(species!.synthetic[i]).toBeCloseTo(synthetic[label] ?? 0, 12));
    // Total variation distance of the Species marginal, by hand: the loop's figure and SDMetrics' TVComplement agree with it.
    const tvd = 0.5 * Object.entries(SPECIES).reduce((sum, [name, n]) => sum + Math.abs(n / PENGUIN_ROWS - (synthetic[name] ?? 0)), 0);
    expect(tvd).toBeGreaterThan(0);
    expect(report.tables.find((t) => t.table === 'Species')?.tvd).toBeCloseTo(tvd, 12);
    expect(report.evaluation?.columns.Species).toEqual({ metric: 'TVComplement', score: expect.closeTo(1 - tvd, 12) });
    expect(report.meanTvd).toBeCloseTo(report.tables.reduce((s, t) => s + t.tvd, 0) / report.tables.length, 12);
    // Without a holdout there is no ceiling and no privacy score.
    expect(report.ceiling).toBeNull();
    expect(report.evaluation?.privacy).toBeUndefined();
  });

  it('with a holdout: privacy, a ceiling, and a floor the joints beat on column pairs', async () => {
    const { session } = await finishedRun();
    const lines: string[] = [];
    const report = value(await session.report((line) => lines.push(line)));
    // The report tells of its steps while it is computed, the last one after the three comparisons.
    expect(lines[0]).toBe('synthetic vs training rows: scoring column shapes 1/7');
    expect(lines.at(-1)).toBe('charts, utility targets and scenarios');
    const { evaluation, ceiling, floor } = report;
    if (!evaluation || !ceiling || !floor) throw new Error('a run on micro data with a holdout has all three evaluations');
    for (const score of [evaluation.quality, ceiling.quality, floor.quality, evaluation.privacy?.dcrShare]) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    // Real rows never seen (the holdout) fit the training rows better than independent marginals do.
    expect(ceiling.columnPairTrends).toBeGreaterThan(floor.columnPairTrends ?? 1);
    // Independent marginals keep the shapes but lose the pairs the joint tables hold.
    expect(floor.columnShapes).toBeGreaterThan(0.8);
    expect(floor.columnPairTrends).toBeLessThan((evaluation.columnPairTrends ?? 0) - 0.05);
    // Disclosure control is on by default; differential privacy is not.
    expect(report.disclosure).not.toBeNull();
    expect(report.dp).toBeNull();
  });
});

describe('SynthSession rows asked for', () => {
  it.each([
    [1e12, 'setup: rows must be a whole number from 1 to 10,000,000, got 1000000000000'],
    [0, 'setup: rows must be a whole number from 1 to 10,000,000, got 0'],
    [2.5, 'setup: rows must be a whole number from 1 to 10,000,000, got 2.5'],
  ])('refuses %d rows before any work, as bad input', async (rows, message) => {
    const session = await loadedSession();
    expect(await session.setup({ ...SETUP, rows })).toEqual({ ok: false, error: { code: 'bad-input', message } });
  });
});
