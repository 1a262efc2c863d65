import type { GenerateRequest } from '../llm-types.ts';

/**
 * A GenerateRequest as WebLLM 0.2.86's chat.completions.create takes it:
 * the schema goes as a STRING under `json_object` (WebLLM has no
 * `json_schema` type; docs/runtimes.md "WebLLM"), non-streaming.
 */
export function webLlmRequest(request: GenerateRequest) {
  return {
    messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
    response_format: { type: 'json_object' as const, schema: JSON.stringify(request.schema) },
    max_tokens: request.maxTokens,
    temperature: request.temperature,
    seed: request.seed,
    stream: false as const,
  };
}
