import * as Comlink from 'comlink';
import type { LlmBackend } from '../../src/llm/backends/llm-backend.ts';
import { LlmSession } from '../../src/workers/llm-session.ts';
import type { SynthSession } from '../../src/workers/synth-session.ts';
import { FakeBackend, ggufSpec, type Answer } from './fake-backend.ts';
import { loadedSession } from './session-fixture.ts';

/**
 * The two sessions wired as the app wires the workers: the llm session served
 * over a MessageChannel with comlink, the synth session calling it through the
 * other port. Only the runtime behind the llm session is a fake.
 */
export async function connected(answer: Answer): Promise<{ synth: SynthSession; llm: LlmSession; backend: FakeBackend; channel: MessageChannel }> {
  const backend = new FakeBackend('wllama', answer);
  const llm = new LlmSession({ createBackend: async (): Promise<LlmBackend> => backend });
  const loaded = await llm.load(ggufSpec());
  if (!loaded.ok) throw new Error(loaded.error.message);
  const channel = new MessageChannel();
  Comlink.expose(llm, channel.port2);
  const synth = await loadedSession();
  synth.connectLlm(channel.port1);
  return { synth, llm, backend, channel };
}

/** Ends what `connected` wired: generations aborted, both ports closed. */
export async function disconnect(sessions: { llm: LlmSession; channel: MessageChannel }): Promise<void> {
  await sessions.llm.abort();
  sessions.channel.port1.close();
  sessions.channel.port2.close();
}
