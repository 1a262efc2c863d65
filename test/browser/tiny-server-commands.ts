import type { BrowserCommand } from 'vitest/node';

/**
 * Browser commands (run in Node by vitest) that start and stop the tiny
 * OpenAI-compatible server of test/llm/tiny-openai-server.ts, a real
 * node-llama-cpp runtime, for tests of the app in the browser. The server
 * module is imported on first use: loading the config must not load llama.cpp.
 */
type TinyServer = Awaited<ReturnType<typeof import('../llm/tiny-openai-server.ts').startTinyServer>>;
const servers = new Map<string, TinyServer>();

/** Starts a server; its base URL (http://127.0.0.1:<port>/v1). */
const startTinyModelServer: BrowserCommand<[]> = async () => {
  const { startTinyServer } = await import('../llm/tiny-openai-server.ts');
  const server = await startTinyServer();
  servers.set(server.url, server);
  return server.url;
};

/** Stops the server at `url` (a model server going down); the chat requests it had answered. */
const stopTinyModelServer: BrowserCommand<[url: string]> = async (_ctx, url) => {
  const server = servers.get(url);
  if (!server) throw new Error(`no tiny model server at ${url}; start one with startTinyModelServer`);
  servers.delete(url);
  await server.close();
  return server.requests.length;
};

/** A port on 127.0.0.1 nothing listens on. */
const closedModelPort: BrowserCommand<[]> = async () => {
  const { closedPort } = await import('../llm/tiny-openai-server.ts');
  return closedPort();
};

export const tinyServerCommands = { startTinyModelServer, stopTinyModelServer, closedModelPort };
