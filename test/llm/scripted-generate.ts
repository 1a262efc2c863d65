import type { FinishReason, GenerateRequest, GenerateResult, LlmError, LlmResult, TokenUsage } from '../../src/llm/llm-types.ts';

/** One scripted answer: a text (with optional finish reason and usage), or a runtime error. */
export type ScriptedAnswer = { text: string; finishReason?: FinishReason; usage?: TokenUsage } | { error: LlmError };

/**
 * The LLM at its port, scripted: answer number i (from 0) is `script(request, i)`,
 * or the i-th of a list (the last one repeats). Every request is kept so tests
 * can check what the planner asked for.
 */
export function scriptedGenerate(script: readonly ScriptedAnswer[] | ((request: GenerateRequest, call: number) => ScriptedAnswer)) {
  const requests: GenerateRequest[] = [];
  const generate = async (request: GenerateRequest, signal?: AbortSignal): Promise<LlmResult<GenerateResult>> => {
    const call = requests.length;
    requests.push(request);
    const answer = typeof script === 'function' ? script(request, call) : script[Math.min(call, script.length - 1)];
    if (signal?.aborted) return { ok: false, error: { code: 'aborted', message: 'generation aborted' } };
    if ('error' in answer) return { ok: false, error: answer.error };
    return {
      ok: true,
      value: {
        text: answer.text,
        finishReason: answer.finishReason ?? 'stop',
        usage: answer.usage ?? { promptTokens: 100, completionTokens: 20 },
        elapsedMs: 1,
      },
    };
  };
  return { requests, generate };
}
