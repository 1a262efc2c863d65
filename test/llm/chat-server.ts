import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { GenerateRequest, GenerateResult, LlmResult } from '../../src/llm/llm-types.ts';

export interface ChatRequest {
  readonly messages: readonly { readonly role: 'system' | 'user' | 'assistant'; readonly content: string }[];
  readonly max_tokens?: number;
  readonly temperature?: number;
  readonly seed?: number;
  readonly response_format?: { readonly json_schema?: { readonly schema?: object } };
}

export interface ChatServer {
  readonly url: string;
  readonly requests: ChatRequest[];
  close(): Promise<void>;
}

/** What llama-server answers a browser page: any origin may call it (CORS), preflights included. */
const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'content-type' };

/**
 * A minimal OpenAI-compatible server (GET /v1/models listing `model`, POST
 * /v1/chat/completions) on 127.0.0.1 at a free port, answering each chat
 * request with `generate` (a real runtime, or the LLM at its port scripted)
 * and browsers as llama-server does (CORS for any origin). Every chat
 * request is kept, so tests can check what was sent.
 */
export async function startChatServer(generate: (request: GenerateRequest) => Promise<LlmResult<GenerateResult>>, model = 'local'): Promise<ChatServer> {
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
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data: [{ id: model, object: 'model' }] }));
        return;
      }
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404).end('not found');
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
      requests.push(body);
      const result = await generate({
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
