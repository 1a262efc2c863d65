import { describe, expect, it } from 'vitest';
import { webLlmRequest } from '../../../src/llm/backends/webllm-request.ts';
import { wllamaRequest } from '../../../src/llm/backends/wllama-request.ts';
import type { GenerateRequest } from '../../../src/llm/llm-types.ts';

const schema = { type: 'object', properties: { proposals: { type: 'array', maxItems: 2 } }, required: ['proposals'], additionalProperties: false };
const request: GenerateRequest = {
  messages: [
    { role: 'system', content: 'answer with JSON' },
    { role: 'user', content: 'gaps: "Species" = "Adelie"' },
  ],
  schema,
  maxTokens: 300,
  temperature: 0.7,
  seed: 42,
};

describe('one request, two runtimes', () => {
  it('WebLLM gets the schema as a string under json_object', () => {
    expect(webLlmRequest(request)).toEqual({
      messages: request.messages,
      response_format: { type: 'json_object', schema: JSON.stringify(schema) },
      max_tokens: 300,
      temperature: 0.7,
      seed: 42,
      stream: false,
    });
  });

  it('wllama gets the schema as an object under json_schema, and the abort signal', () => {
    const signal = new AbortController().signal;
    expect(wllamaRequest(request, signal)).toEqual({
      messages: request.messages,
      max_tokens: 300,
      temperature: 0.7,
      seed: 42,
      response_format: { type: 'json_schema', json_schema: { name: 'answer', schema, strict: true } },
      abortSignal: signal,
      stream: false,
    });
  });
});
