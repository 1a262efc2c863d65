import { createBackend } from '../llm/backends/create-backend.ts';
import type { LlmBackend } from '../llm/backends/llm-backend.ts';
import { detectCapabilities } from '../llm/detect-capabilities.ts';
import type {
  CachedModel,
  CacheOptions,
  Capabilities,
  GenerateRequest,
  GenerateResult,
  LlmApi,
  LlmResult,
  LoadedModel,
  LoadProgress,
  ModelSpec,
} from '../llm/llm-types.ts';
import { LlmFailure } from '../llm/llm-types.ts';
import type { BackendKind, ModelSpeed } from '../llm/llm-types.ts';
import { measureSpeed } from '../llm/measure-speed.ts';
import { normalizeLlmError } from '../llm/normalize-llm-error.ts';

/** Makes the backend of a kind: the real runtimes by default; tests pass a fake one (the LLM at its port). */
export type BackendFactory = (kind: BackendKind) => Promise<LlmBackend>;

/**
 * The llm worker's state and API (llm.worker.ts only serves it on ports): one
 * model loaded at a time, in the backend its spec names. Generations run one
 * at a time (one model, one context); `abort` stops the running and the queued
 * ones. Every result is settled into `{code, message}` (normalizeLlmError).
 */
export class LlmSession implements LlmApi {
  readonly #createBackend: BackendFactory;
  // One instance per runtime, made on first use: loading the runtime costs megabytes.
  readonly #backends = new Map<BackendKind, Promise<LlmBackend>>();
  #active: LlmBackend | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #pending = new Set<AbortController>();

  constructor(options: { createBackend?: BackendFactory } = {}) {
    this.#createBackend = options.createBackend ?? createBackend;
  }

  capabilities(): Promise<Capabilities> {
    return detectCapabilities();
  }

  load(spec: ModelSpec, onProgress?: (p: LoadProgress) => void): Promise<LlmResult<LoadedModel>> {
    this.#abortAll();
    return settle(async () => {
      const backend = await this.#backendFor(spec.backend);
      const previous = this.#active;
      this.#active = null;
      if (previous && previous !== backend) await previous.unload();
      const loaded = await backend.load(spec, (p) => {
        // Progress is best effort: a caller that went away (or throws) must not fail the load.
        if (onProgress) void (async () => onProgress(p))().catch(() => undefined);
      });
      this.#active = backend;
      return loaded;
    });
  }

  generateJson(request: GenerateRequest): Promise<LlmResult<GenerateResult>> {
    const controller = new AbortController();
    this.#pending.add(controller);
    const run = this.#queue.then(async () => {
      try {
        if (controller.signal.aborted) throw new LlmFailure('aborted', 'llm: generation aborted before it started');
        if (!this.#active) throw new LlmFailure('not-loaded', 'llm: no model loaded; load a model first');
        return await this.#active.generate(request, controller.signal);
      } finally {
        this.#pending.delete(controller);
      }
    });
    this.#queue = run.catch(() => undefined);
    return settle(() => run);
  }

  /** Times two short answers of the loaded model (measureSpeed), queued like any generation; `abort` stops them. */
  measureSpeed(): Promise<LlmResult<ModelSpeed | null>> {
    return measureSpeed((request) => this.generateJson(request));
  }

  async abort(): Promise<void> {
    this.#abortAll();
  }

  async unload(): Promise<void> {
    this.#abortAll();
    const previous = this.#active;
    this.#active = null;
    await previous?.unload();
  }

  cacheStatus(modelIds: readonly string[], options?: CacheOptions): Promise<CachedModel[]> {
    return Promise.all(
      modelIds.map(async (modelId): Promise<CachedModel> => {
        try {
          const backend = await this.#backendFor(kindOfModel(modelId));
          return { modelId, cached: (await backend.isCached?.(modelId, options)) ?? false };
        } catch {
          // A runtime that cannot even look (no storage, failed import) has nothing cached.
          return { modelId, cached: false };
        }
      }),
    );
  }

  deleteCached(modelId: string, options?: CacheOptions): Promise<LlmResult<void>> {
    return settle(async () => {
      const backend = await this.#backendFor(kindOfModel(modelId));
      await backend.deleteCached?.(modelId, options);
    });
  }

  #backendFor(kind: BackendKind): Promise<LlmBackend> {
    let backend = this.#backends.get(kind);
    if (!backend) {
      backend = this.#createBackend(kind);
      // A failed import can be retried.
      backend.catch(() => this.#backends.delete(kind));
      this.#backends.set(kind, backend);
    }
    return backend;
  }

  #abortAll(): void {
    for (const controller of this.#pending) controller.abort();
  }
}

/** wllama models are GGUF files (named or at a URL); everything else is a WebLLM model id. */
function kindOfModel(modelId: string): BackendKind {
  return /\.gguf(\?.*)?$/i.test(modelId) ? 'wllama' : 'webllm';
}

async function settle<T>(f: () => Promise<T>): Promise<LlmResult<T>> {
  try {
    return { ok: true, value: await f() };
  } catch (e) {
    return { ok: false, error: normalizeLlmError(e) };
  }
}
