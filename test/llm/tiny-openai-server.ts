import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { openGguf } from '../../src/cli/gguf-generate.ts';
import { TINY_SERVER_CONTEXT, tinyGgufFile } from './tiny-gguf-file.ts';

export { TINY_SERVER_CONTEXT, tinyGgufFile };

interface ChatRequest {
  readonly messages: readonly { readonly role: 'system' | 'user' | 'assistant'; readonly content: string }[];
  readonly max_tokens?: number;
  readonly temperature?: number;
  readonly seed?: number;
  readonly response_format?: { readonly json_schema?: { readonly schema?: object } };
}

/** What llama-server answers a browser page: any origin may call it (CORS), preflights included. */
const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'content-type' };

/**
 * A minimal OpenAI-compatible server (GET /v1/models, POST /v1/chat/completions)
 * in front of a real llama.cpp runtime: the tiny GGUF opened by the command
 * line's own node-llama-cpp port (openGguf), one CPU thread. It answers
 * browsers as llama-server does (CORS for any origin). Every chat request is
 * kept, so tests can check what was sent. Listens on 127.0.0.1, free port.
 */
export async function startTinyServer(): Promise<{ url: string; requests: ChatRequest[]; close(): Promise<void> }> {
  const file = tinyGgufFile();
  const model = await openGguf(file.path, { contextTokens: TINY_SERVER_CONTEXT, threads: 1 });
  const requests: ChatRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      for (const [name, value] of Object.entries(CORS)) res.setHeader(name, value);
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
      if (req.method === 'GET' && req.url === '/v1/models') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data: [{ id: 'tiny.gguf', object: 'model' }] }));
        return;
      }
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404).end('not found');
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
      requests.push(body);
      const result = await model.generate({
        messages: body.messages,
        schema: body.response_format?.json_schema?.schema ?? { type: 'object' },
        maxTokens: body.max_tokens ?? 256,
        temperature: body.temperature ?? 0,
        seed: body.seed ?? 0,
      });
      if (!result.ok) {
        res.writeHead(500).end(result.error.message);
        return;
      }
      const { text, finishReason, usage } = result.value;
      const reply = {
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: finishReason }],
        usage: { prompt_tokens: usage.promptTokens, completion_tokens: usage.completionTokens, total_tokens: usage.promptTokens + usage.completionTokens },
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
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
