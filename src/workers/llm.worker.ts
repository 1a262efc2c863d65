/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { LlmSession } from './llm-session.ts';

// Only the transport: the session holds the model and the generation queue (and is tested without a worker).
const session = new LlmSession();

// Every message to this worker carries one MessagePort to serve the session on
// (llm-client.ts): the main thread gets one, the synth worker another.
self.addEventListener('message', (event: MessageEvent) => {
  for (const port of event.ports) Comlink.expose(session, port);
});
