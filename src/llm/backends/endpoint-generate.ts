import type { FinishReason, GenerateRequest, GenerateResult, LlmResult } from '../llm-types.ts';
import { localEndpoint } from './local-endpoint.ts';

/** Longest an answer may take before the request is given up (a small model on a laptop CPU writes 5–15 tokens/s). */
const DEFAULT_TIMEOUT_MS = 10 * 60_000;

/** What an OpenAI-compatible chat completion answers, the parts read here. */
interface Completion {
  readonly choices?: readonly { readonly message?: { readonly content?: string | null }; readonly finish_reason?: string | null }[];
  readonly usage?: { readonly prompt_tokens?: number; readonly completion_tokens?: number };
}

/**
 * The LLM port (GenerateFn) over an OpenAI-compatible endpoint on this
 * machine: one POST to `<base>/chat/completions` per request, the plan's JSON
 * Schema as `response_format` (json_schema), the seed, temperature and token
 * cap passed on. Every failure is an LlmResult, never a throw: a server that
 * does not answer is `unreachable` (the planner then uses the statistical
 * planner for that iteration and says so), an answer that is not a chat
 * completion is `invalid-output`. Only the checked local origin is ever asked.
 */
export function endpointGenerate(options: {
  readonly baseUrl: string;
  /** The model name the server knows (Ollama needs it; llama-server ignores it). */
  readonly model?: string;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}): (request: GenerateRequest, signal?: AbortSignal) => Promise<LlmResult<GenerateResult>> {
  const base = localEndpoint(options.baseUrl);
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return async (request, signal) => {
    const started = performance.now();
    const body = {
      model: options.model ?? 'local',
      messages: request.messages,
      max_tokens: request.maxTokens,
      temperature: request.temperature,
      seed: request.seed,
      stream: false,
      response_format: { type: 'json_schema', json_schema: { name: 'answer', strict: true, schema: request.schema } },
    };
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await send(`${base}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        redirect: 'error',
      });
    } catch (e) {
      if (signal?.aborted) return { ok: false, error: { code: 'aborted', message: `${base}: generation aborted` } };
      const why = timeout.aborted ? `no answer within ${Math.round(timeoutMs / 1000)} s` : causeOf(e);
      return { ok: false, error: { code: 'unreachable', message: `${base}: ${why}; is the model server running?` } };
    }
    if (!response.ok) {
      const text = (await response.text().catch(() => '')).slice(0, 200);
      return {
        ok: false,
        error: { code: response.status === 404 ? 'model-not-found' : 'internal', message: `${base}: HTTP ${response.status} ${text}`.trim() },
      };
    }
    let completion: Completion;
    try {
      completion = (await response.json()) as Completion;
    } catch {
      return { ok: false, error: { code: 'invalid-output', message: `${base}: the answer was not JSON` } };
    }
    const choice = completion.choices?.[0];
    const text = choice?.message?.content;
    if (typeof text !== 'string') return { ok: false, error: { code: 'invalid-output', message: `${base}: the answer held no message` } };
    const finishReason: FinishReason = choice?.finish_reason === 'length' ? 'length' : 'stop';
    const usage = { promptTokens: completion.usage?.prompt_tokens ?? 0, completionTokens: completion.usage?.completion_tokens ?? 0 };
    return { ok: true, value: { text, finishReason, usage, elapsedMs: performance.now() - started } };
  };
}

/** "connect ECONNREFUSED 127.0.0.1:9" from undici's "fetch failed" and its cause. */
function causeOf(e: unknown): string {
  const cause = (e as { cause?: { message?: string } }).cause?.message;
  return cause ?? (e instanceof Error ? e.message : String(e));
}
