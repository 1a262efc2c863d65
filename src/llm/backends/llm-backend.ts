import type { BackendKind, CacheOptions, GenerateRequest, GenerateResult, LoadedModel, LoadProgress, ModelSpec } from '../llm-types.ts';

/**
 * One runtime behind the llm worker (WebLLM, wllama, or a model server on this machine). Methods throw
 * LlmFailure (or anything: the worker normalises it with normalizeLlmError).
 */
export interface LlmBackend {
  readonly kind: BackendKind;
  load(spec: ModelSpec, onProgress: (p: LoadProgress) => void): Promise<LoadedModel>;
  generate(request: GenerateRequest, signal: AbortSignal): Promise<GenerateResult>;
  unload(): Promise<void>;
  /** Whether the model is in this runtime's cache; a backend without a cache leaves it out (never cached). */
  isCached?(modelId: string, options?: CacheOptions): Promise<boolean>;
  /** Removes the model from this runtime's cache; a backend without a cache leaves it out. */
  deleteCached?(modelId: string, options?: CacheOptions): Promise<void>;
}
