import { describe, expect, it } from 'vitest';
import type { GenerateRequest, GenerateResult, LlmResult } from '../../src/llm/llm-types.ts';
import { measureSpeed, SPEED_OUTPUT_TOKENS } from '../../src/llm/measure-speed.ts';

/** Answers with the given usage and times, in order; keeps the requests. */
function timed(answers: readonly { promptTokens: number; completionTokens: number; elapsedMs: number }[]) {
  const requests: GenerateRequest[] = [];
  const generate = async (request: GenerateRequest): Promise<LlmResult<GenerateResult>> => {
    const { promptTokens, completionTokens, elapsedMs } = answers[requests.length];
    requests.push(request);
    return { ok: true, value: { text: '{"text":"x"}', finishReason: 'length', usage: { promptTokens, completionTokens }, elapsedMs } };
  };
  return { requests, generate };
}

describe('measureSpeed', () => {
  it('times the reading of a paragraph, then the writing of 16 tokens less the reading of their prompt', async () => {
    // 200 prompt tokens in 1 s: 200/s. Then 40 prompt tokens (0.2 s) and 16 tokens in 2.2 s: 16 in 2 s, 8/s.
    const { requests, generate } = timed([
      { promptTokens: 200, completionTokens: 1, elapsedMs: 1000 },
      { promptTokens: 40, completionTokens: 16, elapsedMs: 2200 },
    ]);
    expect(await measureSpeed(generate)).toEqual({ ok: true, value: { promptTokensPerSecond: 200, outputTokensPerSecond: 8 } });
    expect(requests.map((r) => [r.maxTokens, r.temperature, r.seed])).toEqual([
      [1, 0, 1],
      [SPEED_OUTPUT_TOKENS, 0, 1],
    ]);
    expect(requests[0].messages[0].content).not.toBe(requests[1].messages[0].content);
  });

  it('keeps a tenth of a fast answer for the writing when the reading estimate takes it all', async () => {
    const { generate } = timed([
      { promptTokens: 10, completionTokens: 1, elapsedMs: 100 },
      { promptTokens: 50, completionTokens: 16, elapsedMs: 400 },
    ]);
    expect(await measureSpeed(generate)).toEqual({ ok: true, value: { promptTokensPerSecond: 100, outputTokensPerSecond: 400 } });
  });

  it('gives null for a runtime that counts no tokens', async () => {
    const { generate } = timed([
      { promptTokens: 0, completionTokens: 0, elapsedMs: 10 },
      { promptTokens: 0, completionTokens: 0, elapsedMs: 10 },
    ]);
    expect(await measureSpeed(generate)).toEqual({ ok: true, value: null });
  });

  it('returns the failure of a request as it is, asking nothing more', async () => {
    let calls = 0;
    const failure = { ok: false as const, error: { code: 'model-not-found' as const, message: 'HTTP 404 model "x" not found' } };
    expect(
      await measureSpeed(async () => {
        calls++;
        return failure;
      }),
    ).toEqual(failure);
    expect(calls).toBe(1);
  });
});
