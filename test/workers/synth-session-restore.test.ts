import { describe, expect, it } from 'vitest';
import { STATS_FORMAT, type SavedRun } from '../../src/workers/synth-api.ts';
import { SynthSession } from '../../src/workers/synth-session.ts';
import { PENGUINS, SETUP, finishedRun, loadedSession, value } from './session-fixture.ts';

/**
 * A run paused after iteration 3 and saved as the app saves it (structured
 * clone, as IndexedDB stores it); the session that ran it is stopped.
 */
async function savedAfterThree(): Promise<SavedRun> {
  const session = await loadedSession();
  value(await session.setup(SETUP));
  const seen: number[] = [];
  let pausedAtThree!: () => void;
  const paused = new Promise<void>((resolve) => (pausedAtThree = resolve));
  const started = session.start((r) => {
    seen.push(r.iteration);
    if (r.iteration === 3) {
      session.pause();
      pausedAtThree();
    }
  });
  await paused;
  const saved = structuredClone(value(await session.checkpoint()));
  // The pause is taken before the report is acknowledged: no fourth iteration ran.
  expect(seen).toEqual([1, 2, 3]);
  session.stop();
  value(await started);
  return saved;
}

describe('SynthSession: restoring a saved run', () => {
  it('saves aggregates and the records so far, never the source rows', async () => {
    const saved = await savedAfterThree();
    expect(Object.keys(saved)).toEqual(['fileName', 'setup', 'targets', 'checkpoint']);
    expect(saved).toMatchObject({ fileName: 'penguins.csv', setup: SETUP, checkpoint: { iteration: 3, done: false } });
    // The record store holds exactly the rows after iteration 3, one cell per column each.
    const { store, history } = saved.checkpoint;
    expect(store.length).toBe(history[2].rows);
    expect(store.cells.map((c) => c.length)).toEqual(Array(7).fill(store.length));
  });

  it('continues in a new session with the data reloaded, ending with the rows of an uninterrupted run and a full report', async () => {
    const straight = await finishedRun();
    const saved = await savedAfterThree();
    const session = await loadedSession();
    const summary = value(await session.restore(saved));
    // The same seed splits the reloaded rows the same way: the report scores against them again.
    expect(summary).toMatchObject({ trainingRows: 275, holdoutRows: 69, rowsWanted: 300, planner: 'statistical' });
    const seen: number[] = [];
    value(await session.start((r) => void seen.push(r.iteration)));
    expect(seen[0]).toBe(4);
    expect(await value(await session.exportCsv()).text()).toBe(straight.csv);
    const report = value(await session.report());
    const expected = value(await straight.session.report());
    expect(report.iterations).toBe(expected.iterations);
    expect(report.evaluation).toEqual(expected.evaluation);
    expect(report.evaluation?.privacy).toBeDefined();
  });

  it('continues without the data (a reload that kept only the saved run): the same rows, a report without scores', async () => {
    const straight = await finishedRun();
    const saved = await savedAfterThree();
    const session = new SynthSession();
    const summary = value(await session.restore(saved));
    // The targets remember how many rows they were built from; the holdout is gone with the data.
    expect(summary).toMatchObject({ trainingRows: 275, holdoutRows: 0 });
    value(await session.start(() => {}));
    expect(await value(await session.exportCsv()).text()).toBe(straight.csv);
    const report = value(await session.report());
    expect(report).toMatchObject({ rows: 300, evaluation: null, ceiling: null, floor: null });
    expect(report.overlays.map((o) => o.column)).toContain('Species');
  });

  it('does not score against another file loaded under another name', async () => {
    const saved = await savedAfterThree();
    const session = new SynthSession();
    value(await session.loadFile({ ...PENGUINS, name: 'other.csv' }));
    expect(value(await session.restore(saved))).toMatchObject({ holdoutRows: 0 });
  });

  it('continues an LLM run on the statistical planner when no model is connected (after a reload)', async () => {
    const saved = await savedAfterThree();
    const llmRun = { ...saved, setup: { ...saved.setup, planner: { kind: 'llm', modelId: 'fake.gguf', contextTokens: 8192 } as const } };
    const session = await loadedSession();
    expect(value(await session.restore(llmRun)).planner).toBe('statistical');
    const end = value(await session.start(() => {}));
    expect(end).toMatchObject({ rows: 300, stopped: false });
  });

  it("refuses a saved run whose tables are not Synthor's, saying so", async () => {
    const saved = await savedAfterThree();
    const broken = { ...saved, targets: { ...saved.targets, format: 'something-else' } } as unknown as SavedRun;
    const result = await new SynthSession().restore(broken);
    expect(result).toEqual({
      ok: false,
      error: { code: 'bad-input', message: `saved run: format: expected "${STATS_FORMAT}", got "something-else"; is this a synth stats file?` },
    });
  });

  it('runs from exported target tables alone (stats.json): the rows wanted, no scores without micro data', async () => {
    const { session: source } = await finishedRun();
    const stats = value(await source.exportTargets());
    const session = new SynthSession();
    const summary = value(await session.importStats({ name: 'stats.json', bytes: new TextEncoder().encode(stats) }));
    expect(summary).toMatchObject({ source: 'stats', rowCount: 275 });
    expect(summary.columns.find((c) => c.name === 'Species')).toMatchObject({ missing: 0, distinct: 3 });
    expect(await session.preview(1)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const setup = value(await session.setup(SETUP));
    expect(setup).toMatchObject({ trainingRows: 275, holdoutRows: 0 });
    value(await session.start(() => {}));
    expect(value(await session.report())).toMatchObject({ rows: 300, evaluation: null, floor: null });
  });
});
