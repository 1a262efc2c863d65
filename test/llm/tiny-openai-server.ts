import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GeneralChatWrapper, getLlama, LlamaChatSession, type ChatHistoryItem } from 'node-llama-cpp';
import { buildTinyGguf } from '../browser/llm/tiny-gguf.ts';

/** Context of the tiny model here: its vocabulary is mostly single characters, so a planner prompt is thousands of tokens. */
export const TINY_SERVER_CONTEXT = 16_384;

interface ChatRequest {
  readonly messages: readonly { readonly role: string; readonly content: string }[];
  readonly max_tokens?: number;
  readonly temperature?: number;
  readonly seed?: number;
  readonly response_format?: { readonly json_schema?: { readonly schema?: object } };
}

/**
 * A minimal OpenAI-compatible server (POST /v1/chat/completions only) in
 * front of a real llama.cpp runtime: node-llama-cpp running the tiny GGUF the
 * tests build, on one CPU thread, with the request's JSON Schema as its
 * grammar. Every request is kept, so tests can check what was sent. Listens
 * on 127.0.0.1 at a free port.
 */
export async function startTinyServer(): Promise<{ url: string; requests: ChatRequest[]; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'synthor-tiny-server-'));
  const modelPath = join(dir, 'tiny.gguf');
  writeFileSync(modelPath, buildTinyGguf({ seed: 1, contextLength: TINY_SERVER_CONTEXT }));
  const llama = await getLlama({ gpu: false, build: 'never' });
  const model = await llama.loadModel({ modelPath });
  const context = await model.createContext({ contextSize: TINY_SERVER_CONTEXT, threads: 1 });
  const session = new LlamaChatSession({ contextSequence: context.getSequence(), chatWrapper: new GeneralChatWrapper() });
  const requests: ChatRequest[] = [];
  // One answer at a time: the one sequence is reused.
  let queue = Promise.resolve();

  async function answer(body: ChatRequest) {
    const messages = [...body.messages];
    const last = messages.pop();
    const history: ChatHistoryItem[] = messages.map((m) => (m.role === 'system' ? { type: 'system', text: m.content } : { type: 'user', text: m.content }));
    session.setChatHistory(history);
    const schema = body.response_format?.json_schema?.schema;
    const grammar = schema ? await llama.createGrammarForJsonSchema(schema as Parameters<typeof llama.createGrammarForJsonSchema>[0]) : undefined;
    let stopped = 'stop';
    const text = await session.prompt(last?.content ?? '', {
      ...(grammar ? { grammar } : {}),
      maxTokens: body.max_tokens ?? 256,
      temperature: body.temperature ?? 0,
      ...(body.seed !== undefined ? { seed: body.seed } : {}),
      onResponseChunk: () => undefined,
    });
    const completionTokens = model.tokenize(text).length;
    if (completionTokens >= (body.max_tokens ?? 256)) stopped = 'length';
    const promptTokens = model.tokenize(body.messages.map((m) => m.content).join('\n')).length;
    return {
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: stopped }],
      usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
    };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404).end('not found');
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
      requests.push(body);
      queue = queue.then(async () => {
        try {
          const reply = await answer(body);
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
        } catch (e) {
          res.writeHead(500).end(String(e));
        }
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await context.dispose();
      await model.dispose();
      await llama.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
