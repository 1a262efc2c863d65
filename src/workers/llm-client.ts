import * as Comlink from 'comlink';
import type { LlmApi } from '../llm/llm-types.ts';
import { guardedRemote } from './guarded-remote.ts';

export interface LlmClient {
  readonly api: Comlink.Remote<LlmApi>;
  /**
   * A fresh port to the same worker, for another context to call it directly:
   * transfer it (e.g. to the synth worker) and `Comlink.wrap<LlmApi>(port)` there.
   */
  port(): MessagePort;
  terminate(): void;
}

/** Starts the llm worker; the caller owns it and terminates it. */
export function createLlmClient(): LlmClient {
  const worker = new Worker(new URL('./llm.worker.ts', import.meta.url), { type: 'module', name: 'llm' });
  const port = (): MessagePort => {
    const channel = new MessageChannel();
    worker.postMessage(null, [channel.port2]);
    return channel.port1;
  };
  return {
    api: guardedRemote(Comlink.wrap<LlmApi>(port()), worker, 'model'),
    port,
    terminate: () => worker.terminate(),
  };
}
