import { readFileSync } from 'node:fs';
import type { SetupOptions } from '../../src/workers/synth-api.ts';
import { SynthSession } from '../../src/workers/synth-session.ts';
import type { WorkerResult } from '../../src/workers/worker-error.ts';

/** The penguins fixture as the UI hands it to the synth worker: a name and the file's bytes. */
export const PENGUINS = { name: 'penguins.csv', bytes: new Uint8Array(readFileSync(new URL('../fixtures/datasets/penguins.csv', import.meta.url))) };

/** A short run over every penguins column: joints chosen by the session, a fifth of the rows held out. */
export const SETUP: SetupOptions = { rows: 300, seed: 5, maxIterations: 12, proposalsPerIteration: 4, joints: null, rules: [], holdoutShare: 0.2 };

/** The value of an ok result; a failed one throws with its code and message, so the test shows them. */
export function value<T>(result: WorkerResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A session with penguins.csv loaded. */
export async function loadedSession(): Promise<SynthSession> {
  const session = new SynthSession();
  value(await session.loadFile(PENGUINS));
  return session;
}

/** A session with penguins.csv loaded, `setup` prepared and run to its end; the CSV it wrote. */
export async function finishedRun(setup: SetupOptions = SETUP): Promise<{ session: SynthSession; csv: string }> {
  const session = await loadedSession();
  value(await session.setup(setup));
  value(await session.start(() => {}));
  return { session, csv: await value(await session.exportCsv()).text() };
}
