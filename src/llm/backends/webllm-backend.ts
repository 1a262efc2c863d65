import { CreateMLCEngine, deleteChatConfigInCache, deleteModelAllInfoInCache, deleteModelWasmInCache, hasModelInCache } from '@mlc-ai/web-llm';
import type { MLCEngine } from '@mlc-ai/web-llm';
import { checkSelfHostedFiles } from '../check-self-hosted-files.ts';
import { detectCapabilities } from '../detect-capabilities.ts';
import type { CacheOptions, FinishReason, GenerateRequest, GenerateResult, LoadedModel, LoadProgress, ModelSpec } from '../llm-types.ts';
import { LlmFailure } from '../llm-types.ts';
import { normalizeLlmError } from '../normalize-llm-error.ts';
import { webLlmAppConfig } from '../webllm-app-config.ts';
import type { WebLlmModelChoice } from '../webllm-app-config.ts';
import type { LlmBackend } from './llm-backend.ts';
import { webLlmRequest } from './webllm-request.ts';

type WebLlmSpec = Extract<ModelSpec, { backend: 'webllm' }>;

/** Cache look-ups may name the folder (and library) of a self-hosted model not loaded yet. */
/** Kept as a name for callers; the same options as every backend's cache calls. */
export type WebLlmCacheOptions = CacheOptions;

/** WebLLM's prebuilt records all set this context window (`overrides.context_window_size`). */
const DEFAULT_CONTEXT = 4096;

/**
 * WebLLM (MLC, WebGPU) inside the llm worker: `CreateMLCEngine` runs the engine in
 * this very worker (a WebWorkerMLCEngine would need the worker to itself, and comlink
 * already owns it). Needs a real GPU: a software adapter is refused unless the spec
 * sets `allowFallbackAdapter` (tests, or a user who insists).
 */
export class WebLlmBackend implements LlmBackend {
  readonly kind = 'webllm';
  #engine: MLCEngine | null = null;
  #modelId = '';
  /** Self-hosted models seen in load(), so cache look-ups by id alone find them. */
  readonly #selfHosted = new Map<string, { readonly baseUrl: string; readonly modelLib?: string }>();

  async load(spec: ModelSpec, onProgress: (p: LoadProgress) => void): Promise<LoadedModel> {
    if (spec.backend !== 'webllm') throw new LlmFailure('unsupported', `WebLLM: cannot load a ${spec.backend} model; use the ${spec.backend} backend`);
    await requireGpu(spec);
    await this.unload();
    const started = performance.now();
    const appConfig = webLlmAppConfig(spec);
    const record = appConfig.model_list[0];
    try {
      if (spec.baseUrl !== undefined) {
        this.#selfHosted.set(spec.modelId, { baseUrl: spec.baseUrl, modelLib: spec.modelLib });
        if (!(await hasModelInCache(spec.modelId, appConfig))) await checkSelfHostedFiles(record);
      }
      onProgress({ progress: 0, text: `WebLLM: loading ${spec.modelId}` });
      const engine = await CreateMLCEngine(spec.modelId, {
        appConfig,
        initProgressCallback: (report) => onProgress({ progress: report.progress, text: report.text }),
      });
      this.#engine = engine;
      this.#modelId = spec.modelId;
      return {
        backend: 'webllm',
        modelId: spec.modelId,
        loadMs: performance.now() - started,
        contextLength: record.overrides?.context_window_size ?? DEFAULT_CONTEXT,
      };
    } catch (e) {
      throw isCompileError(e)
        ? new LlmFailure(
            'download-failed',
            `WebLLM: the model library ${record.model_lib} is not WebAssembly (${String(e)}); serve the *-webgpu.wasm built for web-llm 0.2.86 there`,
          )
        : toFailure(e);
    }
  }

  async generate(request: GenerateRequest, signal: AbortSignal): Promise<GenerateResult> {
    const engine = this.#engine;
    if (!engine) throw new LlmFailure('not-loaded', 'WebLLM: no model loaded; load a model first');
    if (signal.aborted) throw abortedFailure();
    const interrupt = (): void => void engine.interruptGenerate();
    signal.addEventListener('abort', interrupt, { once: true });
    const started = performance.now();
    try {
      const reply = await engine.chat.completions.create(webLlmRequest(request));
      if (signal.aborted) throw abortedFailure();
      const choice = reply.choices[0];
      return {
        text: choice?.message.content ?? '',
        finishReason: toFinishReason(choice?.finish_reason),
        usage: { promptTokens: reply.usage?.prompt_tokens ?? 0, completionTokens: reply.usage?.completion_tokens ?? 0 },
        elapsedMs: performance.now() - started,
      };
    } catch (e) {
      throw signal.aborted ? abortedFailure() : toFailure(e);
    } finally {
      signal.removeEventListener('abort', interrupt);
    }
  }

  async unload(): Promise<void> {
    const engine = this.#engine;
    this.#engine = null;
    this.#modelId = '';
    await engine?.unload();
  }

  /** Whether WebLLM's cache holds the model's weights (no network: it only reads the cache). */
  async isCached(modelId: string, options: WebLlmCacheOptions = {}): Promise<boolean> {
    try {
      return await hasModelInCache(modelId, webLlmAppConfig(this.#choice(modelId, options)));
    } catch (e) {
      throw toFailure(e);
    }
  }

  /**
   * Removes weights, tokenizer, model library and chat config of the model from WebLLM's cache.
   * WebLLM deletes weights by reading `tensor-cache.json` through its cache, which DOWNLOADS it
   * when absent; so without complete weights only the library and config go (keys only, no
   * network). Shards of a broken-off download stay; the next load of the model reuses them.
   */
  async deleteCached(modelId: string, options: WebLlmCacheOptions = {}): Promise<void> {
    if (modelId === this.#modelId) await this.unload();
    try {
      const appConfig = webLlmAppConfig(this.#choice(modelId, options));
      if (await hasModelInCache(modelId, appConfig)) {
        await deleteModelAllInfoInCache(modelId, appConfig);
      } else {
        await deleteModelWasmInCache(modelId, appConfig);
        await deleteChatConfigInCache(modelId, appConfig);
      }
    } catch (e) {
      throw toFailure(e);
    }
  }

  #choice(modelId: string, options: WebLlmCacheOptions): WebLlmModelChoice {
    const known = options.baseUrl === undefined ? this.#selfHosted.get(modelId) : undefined;
    return { modelId, cacheBackend: options.cacheBackend, baseUrl: options.baseUrl ?? known?.baseUrl, modelLib: options.modelLib ?? known?.modelLib };
  }
}

/** Fails fast, before megabytes move, when WebGPU cannot carry an LLM here. */
async function requireGpu(spec: WebLlmSpec): Promise<void> {
  const { webgpu } = await detectCapabilities();
  const usable = webgpu.available && (!webgpu.fallbackAdapter || spec.allowFallbackAdapter === true);
  if (!usable) throw new LlmFailure('no-webgpu', `WebLLM: cannot load ${spec.modelId}. ${webgpu.reason ?? 'WebGPU is unavailable.'}`);
}

function toFinishReason(reason: string | null | undefined): FinishReason {
  if (reason === 'length') return 'length';
  if (reason === 'abort') return 'abort';
  return 'stop';
}

/** A model library that is not WebAssembly: an error page, a wrong file, a broken download. */
function isCompileError(e: unknown): boolean {
  return e instanceof WebAssembly.CompileError || /^CompileError\b/.test(String(e));
}

function abortedFailure(): LlmFailure {
  return new LlmFailure('aborted', 'WebLLM: generation stopped on request');
}

/** WebLLM throws Error subclasses in the worker and plain strings across workers: one shape for callers. */
function toFailure(e: unknown): LlmFailure {
  if (e instanceof LlmFailure) return e;
  const { code, message } = normalizeLlmError(e);
  return new LlmFailure(code, message);
}
