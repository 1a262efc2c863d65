import type { BrowserCommand } from 'vitest/node';

/**
 * Browser commands (run in Node by vitest) that start and stop model servers
 * for tests of the app in the browser: the tiny OpenAI-compatible server of
 * test/llm/tiny-openai-server.ts (a real node-llama-cpp runtime), or a
 * scripted one (the LLM at its port). The server
 * module is imported on first use: loading the config must not load llama.cpp.
 */
type ModelServer = Awaited<ReturnType<typeof import('../llm/chat-server.ts').startChatServer>>;
const servers = new Map<string, ModelServer>();

/** Starts a server; its base URL (http://127.0.0.1:<port>/v1). */
const startTinyModelServer: BrowserCommand<[]> = async () => {
  const { startTinyServer } = await import('../llm/tiny-openai-server.ts');
  const server = await startTinyServer();
  servers.set(server.url, server);
  return server.url;
};

/**
 * Starts the LLM at its port, scripted: a server whose every chat request whose schema has the property `key` gets
 * `answer`, any other `{}` (an unusable answer). Its base URL.
 */
const startScriptedModelServer: BrowserCommand<[key: string, answer: string]> = async (_ctx, key, answer) => {
  const { startChatServer } = await import('../llm/chat-server.ts');
  const server = await startChatServer(async (request) => {
    const properties = (request.schema as { properties?: object }).properties ?? {};
    const text = key in properties ? answer : '{}';
    return { ok: true, value: { text, finishReason: 'stop', usage: { promptTokens: 500, completionTokens: 80 }, elapsedMs: 1 } };
  }, 'scripted');
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

export const tinyServerCommands = { startTinyModelServer, startScriptedModelServer, stopTinyModelServer, closedModelPort };
