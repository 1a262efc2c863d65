import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';
import { targetsToJson } from '../../src/stats/stats-json/targets-to-json.ts';
import { buildTargets } from '../../src/stats/tables/build-targets.ts';
import { SynthSession } from '../../src/workers/synth-session.ts';
import { PENGUINS, SETUP, finishedRun, value } from './session-fixture.ts';

const LLM = { kind: 'llm', modelId: 'tiny.gguf', contextTokens: 2048 } as const;

async function statsSession(options: { minCount: number }): Promise<SynthSession> {
  const { dataset } = await loadDataset(PENGUINS);
  const json = JSON.stringify(targetsToJson(buildTargets(dataset, { joints: [['Species', 'Island']], minCount: options.minCount })));
  const session = new SynthSession();
  value(await session.importStats({ name: 'raw-stats.json', bytes: new TextEncoder().encode(json) }));
  return session;
}

describe('an imported stats.json and the language model', () => {
  it('refuses an LLM planner for tables written without disclosure control: their rare labels and extremes would reach the prompts', async () => {
    const session = await statsSession({ minCount: 1 });
    expect(await session.setup({ ...SETUP, planner: LLM })).toEqual({
      ok: false,
      error: {
        code: 'bad-input',
        message:
          "planner: raw-stats.json was written without disclosure control (k = 1, below 5) or differential privacy, so its rare categories and single records' extremes would reach the language model's prompts; choose the statistical planner, or write the tables again with synth stats (disclosure control is on by default)",
      },
    });
    // The statistical planner sends nothing anywhere: the same tables run.
    expect(await session.setup(SETUP)).toMatchObject({ ok: true });
  });

  it('lets disclosure-controlled tables through to the planner choice (here: no model is connected)', async () => {
    const session = await statsSession({ minCount: 5 });
    const result = await session.setup({ ...SETUP, planner: LLM });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^planner: the language model tiny\.gguf is not connected/) } });
    // A run's own exported tables carry k = 5 too.
    const { session: source } = await finishedRun();
    const stats = value(await source.exportTargets());
    const imported = new SynthSession();
    value(await imported.importStats({ name: 'stats.json', bytes: new TextEncoder().encode(stats) }));
    expect(await imported.setup({ ...SETUP, planner: LLM })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/is not connected/) } });
  });
});

describe('aggregate tables and the language model', () => {
  const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
  const SETUP_TABLES = { ...SETUP, holdoutShare: 0, planner: LLM };

  it('refuses tables with a cell under 5 records, saying to pool them, and lets tables whose cells all reach 5 through', async () => {
    const small = new SynthSession();
    value(await small.importTables([csv('od.csv', 'O,T,count\nx,t1,40\nx,t2,1\ny,t1,10\ny,t2,40\n')]));
    expect(await small.setup(SETUP_TABLES)).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(
          /^planner: od\.csv was written without disclosure control \(k = 1, below 5\).*; choose the statistical planner, or leave out or pool, in the tables, the categories and cells of fewer than 5 records/,
        ),
      },
    });
    const safe = new SynthSession();
    value(await safe.importTables([csv('od.csv', 'O,T,count\nx,t1,40\nx,t2,5\ny,t1,10\ny,t2,40\n')]));
    expect(await safe.setup(SETUP_TABLES)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^planner: the language model tiny\.gguf is not connected/) },
    });
  });
});
