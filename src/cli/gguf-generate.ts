import { availableParallelism } from 'node:os';
import { GeneralChatWrapper, getLlama, LlamaChatSession, type ChatHistoryItem } from 'node-llama-cpp';
import { normalizeLlmError } from '../llm/normalize-llm-error.ts';
import type { GenerateRequest, GenerateResult, LlmResult } from '../llm/llm-types.ts';
import { gbnfSchema } from './gbnf-schema.ts';

/** Context asked for when the model allows it: a planner prompt and its answer fit in 8k tokens. */
const DEFAULT_CONTEXT = 8192;

/** A GGUF model run on this machine's CPU by llama.cpp (node-llama-cpp), as the LLM port. */
export interface GgufModel {
  readonly generate: (request: GenerateRequest) => Promise<LlmResult<GenerateResult>>;
  /** The context the model was opened with: the planner's prompt gets what the answer leaves. */
  readonly contextTokens: number;
  close(): Promise<void>;
}

/**
 * Opens `path` with node-llama-cpp's prebuilt CPU runtime (never built from
 * source, no GPU needed) and answers the planner's requests one at a time:
 * the chat as the model's own template writes it (a generic one when the
 * GGUF has none), the answer constrained by a grammar made from the request's
 * JSON Schema, the seed and temperature passed on, tokens counted by the
 * model's tokenizer. Runtime failures come back as LlmResult errors.
 */
export async function openGguf(path: string, options: { contextTokens?: number; threads?: number } = {}): Promise<GgufModel> {
  const llama = await getLlama({ gpu: false, build: 'never' });
  const model = await llama.loadModel({ modelPath: path });
  const contextTokens = Math.min(options.contextTokens ?? DEFAULT_CONTEXT, model.trainContextSize);
  // One core is left to the run itself (and to other work): llama.cpp's threads spin while they wait.
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const context = await model.createContext({ contextSize: contextTokens, threads });
  const session = new LlamaChatSession({
    contextSequence: context.getSequence(),
    ...(model.fileInfo.metadata.tokenizer?.chat_template ? {} : { chatWrapper: new GeneralChatWrapper() }),
  });
  let queue: Promise<unknown> = Promise.resolve();

  async function answer(request: GenerateRequest): Promise<LlmResult<GenerateResult>> {
    const started = performance.now();
    try {
      const messages = [...request.messages];
      const last = messages.pop();
      const history: ChatHistoryItem[] = messages.map((m) => (m.role === 'system' ? { type: 'system', text: m.content } : { type: 'user', text: m.content }));
      session.setChatHistory(history);
      const grammar = await llama.createGrammarForJsonSchema(gbnfSchema(request.schema) as Parameters<typeof llama.createGrammarForJsonSchema>[0]);
      const text = await session.prompt(last?.content ?? '', { grammar, maxTokens: request.maxTokens, temperature: request.temperature, seed: request.seed });
      const completionTokens = model.tokenize(text).length;
      const promptTokens = model.tokenize(request.messages.map((m) => m.content).join('\n')).length;
      const finishReason = completionTokens >= request.maxTokens ? 'length' : 'stop';
      return { ok: true, value: { text, finishReason, usage: { promptTokens, completionTokens }, elapsedMs: performance.now() - started } };
    } catch (e) {
      return { ok: false, error: normalizeLlmError(e) };
    }
  }

  return {
    contextTokens,
    // One answer at a time: the session's one sequence is reused.
    generate: (request) => {
      const next = queue.then(() => answer(request));
      queue = next;
      return next;
    },
    async close() {
      await context.dispose();
      await model.dispose();
      await llama.dispose();
    },
  };
}
