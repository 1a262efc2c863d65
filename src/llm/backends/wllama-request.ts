import type { GenerateRequest } from '../llm-types.ts';

/**
 * A GenerateRequest as wllama 3.8's createChatCompletion takes it: the schema
 * as an object under OpenAI's `json_schema` response format, which llama.cpp
 * turns into a grammar; non-streaming, cancellable by the signal.
 */
export function wllamaRequest(request: GenerateRequest, signal: AbortSignal) {
  return {
    messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
    max_tokens: request.maxTokens,
    temperature: request.temperature,
    seed: request.seed,
    response_format: { type: 'json_schema' as const, json_schema: { name: 'answer', schema: request.schema, strict: true } },
    abortSignal: signal,
    stream: false as const,
  };
}
