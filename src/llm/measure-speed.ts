import type { GenerateRequest, GenerateResult, LlmResult, ModelSpeed } from './llm-types.ts';

/** Tokens the timed answer writes: enough to time, few enough not to slow a load. */
export const SPEED_OUTPUT_TOKENS = 16;

/** Any JSON object with one string: every runtime can hold to it, and what is written does not matter. */
const SCHEMA = { type: 'object', properties: { text: { type: 'string' } }, required: ['text'], additionalProperties: false };

/**
 * About 20 tokens for a real tokenizer to read, ~100 with the chat template for the tiny test model's
 * one-character tokens: short, so timing costs a load little (a short prompt underrates the reading speed, which
 * only lengthens the estimate built on it). Different from the writing prompt, so no cached prefix shortens it.
 */
const READING = 'Synthetic rows copy the shape of a real table. Answer as JSON with a text field.';

function request(content: string, maxTokens: number): GenerateRequest {
  return { messages: [{ role: 'user', content }], schema: SCHEMA, maxTokens, temperature: 0, seed: 1 };
}

/**
 * How fast a just-loaded model reads and writes, from two short seeded
 * requests: one that reads a sentence and writes one token (its time is
 * the reading), then one that writes SPEED_OUTPUT_TOKENS tokens (its time,
 * less the reading of its short prompt at the first one's pace, is the
 * writing). Null when the runtime counted no tokens, or too fast to time;
 * a failed request is returned as is: a model that cannot answer this
 * cannot plan.
 */
export async function measureSpeed(generate: (request: GenerateRequest) => Promise<LlmResult<GenerateResult>>): Promise<LlmResult<ModelSpeed | null>> {
  const reading = await generate(request(READING, 1));
  if (!reading.ok) return reading;
  const writing = await generate(request('Write about the sea, as JSON with a text field.', SPEED_OUTPUT_TOKENS));
  if (!writing.ok) return writing;
  const read = reading.value;
  const wrote = writing.value;
  if (read.usage.promptTokens <= 0 || read.elapsedMs <= 0 || wrote.usage.completionTokens <= 0 || wrote.elapsedMs <= 0) return { ok: true, value: null };
  const promptTokensPerSecond = (read.usage.promptTokens / read.elapsedMs) * 1000;
  const readingMs = (wrote.usage.promptTokens / promptTokensPerSecond) * 1000;
  // The reading estimate can exceed a fast answer's whole time; the writing keeps at least a tenth of it.
  const writingMs = Math.max(wrote.elapsedMs - readingMs, wrote.elapsedMs / 10);
  return { ok: true, value: { promptTokensPerSecond, outputTokensPerSecond: (wrote.usage.completionTokens / writingMs) * 1000 } };
}
