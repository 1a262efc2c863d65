import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { openGguf } from '../../src/cli/gguf-generate.ts';
import { startChatServer, type ChatServer } from './chat-server.ts';
import { TINY_SERVER_CONTEXT, tinyGgufFile } from './tiny-gguf-file.ts';

export { TINY_SERVER_CONTEXT, tinyGgufFile };

/**
 * A minimal OpenAI-compatible server (startChatServer) in front of a real
 * llama.cpp runtime: the tiny GGUF opened by the command line's own
 * node-llama-cpp port (openGguf), one CPU thread.
 */
export async function startTinyServer(): Promise<ChatServer> {
  const file = tinyGgufFile();
  const model = await openGguf(file.path, { contextTokens: TINY_SERVER_CONTEXT, threads: 1 });
  const server = await startChatServer((request) => model.generate(request), 'tiny.gguf');
  return {
    url: server.url,
    requests: server.requests,
    async close() {
      await server.close();
      await model.close();
      file.remove();
    },
  };
}

/** Starts the tiny server before the suite's tests and closes it after; `server()` gives it to a test. */
export function useTinyServer(): () => Awaited<ReturnType<typeof startTinyServer>> {
  let server: Awaited<ReturnType<typeof startTinyServer>> | undefined;
  beforeAll(async () => {
    server = await startTinyServer();
  }, 120_000);
  afterAll(async () => server?.close());
  return () => server as Awaited<ReturnType<typeof startTinyServer>>;
}

/** A port on 127.0.0.1 that was just free: nothing listens there (a model server that is down). */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
