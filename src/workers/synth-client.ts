import * as Comlink from 'comlink';
import type { SynthApi } from './synth-api.ts';
import { guardedRemote } from './guarded-remote.ts';

export interface SynthClient {
  readonly api: Comlink.Remote<SynthApi>;
  terminate(): void;
}

/** Starts the synth worker; the caller owns it and terminates it. */
export function createSynthClient(): SynthClient {
  const worker = new Worker(new URL('./synth.worker.ts', import.meta.url), { type: 'module', name: 'synth' });
  return {
    api: guardedRemote(Comlink.wrap<SynthApi>(worker), worker, 'statistics'),
    terminate: () => worker.terminate(),
  };
}
