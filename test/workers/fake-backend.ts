import type { LlmBackend } from '../../src/llm/backends/llm-backend.ts';
import type { GenerateRequest, GenerateResult, LoadedModel, LoadProgress, ModelSpec } from '../../src/llm/llm-types.ts';

/** Writes one generation's answer; throwing fails it as a runtime would (the session normalises the error). */
export type Answer = (request: GenerateRequest, signal: AbortSignal) => GenerateResult | Promise<GenerateResult>;

/**
 * The LLM at its port (the only fake the tests allow): a backend whose answers
 * are scripted by `answer`. It records what the session asked of it.
 */
export class FakeBackend implements LlmBackend {
  readonly loads: ModelSpec[] = [];
  readonly requests: GenerateRequest[] = [];
  readonly cached = new Set<string>();
  unloads = 0;

  constructor(
    readonly kind: 'webllm' | 'wllama' | 'endpoint',
    readonly answer: Answer,
  ) {}

  async load(spec: ModelSpec, onProgress: (p: LoadProgress) => void): Promise<LoadedModel> {
    const modelId =
      spec.backend === 'webllm' ? spec.modelId : spec.backend === 'endpoint' ? spec.baseUrl : spec.source.kind === 'blob' ? spec.source.name : spec.source.url;
    onProgress({ progress: 0, text: `fake: loading ${modelId}` });
    this.loads.push(spec);
    onProgress({ progress: 1, text: `fake: loaded ${modelId}` });
    return { backend: this.kind, modelId, loadMs: 0, contextLength: (spec.backend === 'wllama' && spec.contextLength) || 8192 };
  }

  async generate(request: GenerateRequest, signal: AbortSignal): Promise<GenerateResult> {
    this.requests.push(request);
    return this.answer(request, signal);
  }

  async unload(): Promise<void> {
    this.unloads++;
  }

  async isCached(modelId: string): Promise<boolean> {
    return this.cached.has(modelId);
  }

  async deleteCached(modelId: string): Promise<void> {
    this.cached.delete(modelId);
  }
}

/** A model file the user picked, for the wllama backend. */
export function ggufSpec(name = 'fake.gguf'): ModelSpec {
  return { backend: 'wllama', source: { kind: 'blob', blob: new Blob([]), name }, contextLength: 8192 };
}

/** An answer as a runtime returns it: stopped, 20 completion tokens. */
export function answered(text: string): GenerateResult {
  return { text, finishReason: 'stop', usage: { promptTokens: 100, completionTokens: 20 }, elapsedMs: 1 };
}

/**
 * A model that answers penguins requests well: the structure request with
 * Species × Island, every plan request with Chinstrap penguins on Dream (as
 * many as the plan's schema allows, at most 5).
 */
export function penguinAnswer(request: GenerateRequest): GenerateResult {
  const properties = (request.schema as { properties: Record<string, { items: { properties: { count: { maximum: number } } } }> }).properties;
  if (!('proposals' in properties)) return answered(JSON.stringify({ groups: [['Species', 'Island']] }));
  const most = properties.proposals.items.properties.count.maximum;
  return answered(
    JSON.stringify({ proposals: [{ values: { Species: 'Chinstrap', Island: 'Dream' }, count: Math.min(5, most) }], reason: 'Chinstrap on Dream' }),
  );
}

/**
 * A generation that never ends by itself, as a busy runtime: `started` resolves
 * when it begins, and it fails as wllama does once its signal aborts.
 */
export function held(): { answer: Answer; started: Promise<void> } {
  let begin!: () => void;
  const started = new Promise<void>((resolve) => (begin = resolve));
  const answer: Answer = (_request, signal) =>
    new Promise<never>((_resolve, reject) => {
      begin();
      signal.addEventListener('abort', () => reject(new DOMException('wllama: generation aborted', 'AbortError')), { once: true });
    });
  return { answer, started };
}
