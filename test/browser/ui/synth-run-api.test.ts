import { afterEach, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import { createSynthClient, type SynthClient } from '../../../src/workers/synth-client.ts';
import type { IterationReport, SetupOptions } from '../../../src/workers/synth-api.ts';
import type { WorkerResult } from '../../../src/workers/worker-error.ts';

const SETUP: SetupOptions = { rows: 600, seed: 5, maxIterations: 40, proposalsPerIteration: 6, joints: null, rules: [], holdoutShare: 0.2 };

function value<T>(result: WorkerResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

// The synth worker's run API through comlink, as the run state drives it: callbacks that call back into the
// worker mid-run, and a checkpoint carried to another worker. The session's logic is tested under Node
// (test/workers/synth-session*.test.ts).
describe('synth worker run API', () => {
  const clients: SynthClient[] = [];
  afterEach(() => clients.splice(0).forEach((c) => c.terminate()));

  async function loaded(): Promise<SynthClient> {
    const client = createSynthClient();
    clients.push(client);
    value(await client.api.loadFile({ name: 'penguins.csv', bytes: new TextEncoder().encode(penguinsCsv) }));
    return client;
  }

  it('pauses between iterations, resumes from a checkpoint in a new worker, and ends as an uninterrupted run does', async () => {
    const straight = await loaded();
    value(await straight.api.setup(SETUP));
    value(await straight.api.start(Comlink.proxy(() => {})));
    const expected = await value(await straight.api.exportCsv()).text();

    const first = await loaded();
    value(await first.api.setup(SETUP));
    const seen: number[] = [];
    let pausedAtThree!: () => void;
    const paused = new Promise<void>((resolve) => (pausedAtThree = resolve));
    const started = first.api.start(
      Comlink.proxy(async (r: IterationReport) => {
        seen.push(r.iteration);
        if (r.iteration === 3) {
          await first.api.pause();
          pausedAtThree();
        }
      }),
    );
    // The worker takes the pause before it acknowledges iteration 3's report: no fourth iteration runs.
    await paused;
    const saved = value(await first.api.checkpoint());
    expect(saved.checkpoint.iteration).toBe(3);
    expect(seen).toEqual([1, 2, 3]);
    // Aggregates and the synthetic records so far, nothing else: these fields only, and the record
    // store holds exactly the rows after iteration 3, one cell per column each.
    expect(Object.keys(saved)).toEqual(['fileName', 'setup', 'targets', 'checkpoint']);
    const { store } = saved.checkpoint;
    expect(store.length).toBe(saved.checkpoint.history[2].rows);
    expect(store.cells.map((c) => c.length)).toEqual(Array(7).fill(store.length));
    first.api.stop();
    await started;

    const second = await loaded();
    value(await second.api.restore(saved));
    value(await second.api.start(Comlink.proxy(() => {})));
    expect(await value(await second.api.exportCsv()).text()).toBe(expected);
    // The report's numbers are checked in test/workers (SynthSession under Node); here, that it crosses.
    const report = value(await second.api.report());
    expect(report.rows).toBe(600);
    expect(report.evaluation?.privacy).toBeDefined();
  });

  it('stops early with exactly the rows wanted', async () => {
    const client = await loaded();
    value(await client.api.setup(SETUP));
    const end = value(
      await client.api.start(
        Comlink.proxy(async (r: IterationReport) => {
          if (r.iteration === 1) await client.api.stop();
        }),
      ),
    );
    expect(end).toMatchObject({ stopped: true, rows: 600 });
    const csv = await value(await client.api.exportCsv()).text();
    expect(csv.split('\n').length - 2).toBe(600);
  });
});
