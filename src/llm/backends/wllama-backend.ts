import { ModelManager, Wllama, WllamaError, type LoadModelParams } from '@wllama/wllama';
import wasmUrl from '@wllama/wllama/esm/wasm/wllama.wasm?url';
import type { GenerateRequest, GenerateResult, LlmErrorCode, LoadedModel, LoadProgress, ModelSpec } from '../llm-types.ts';
import { LlmFailure } from '../llm-types.ts';
import { DEFAULT_CONTEXT_TOKENS } from '../prompts/proposal-prompt.ts';
import type { LlmBackend } from './llm-backend.ts';
import { wllamaRequest } from './wllama-request.ts';
import { wllamaThreads } from './wllama-threads.ts';

type WllamaSpec = Extract<ModelSpec, { backend: 'wllama' }>;

/** What it takes to bring the same model back in a fresh instance. */
interface LoadedState {
  readonly name: string;
  readonly blobs: Blob[];
  readonly params: LoadModelParams;
}

/**
 * llama.cpp in WebAssembly on the CPU (docs/runtimes.md "wllama"): loads a
 * GGUF from a Blob (nothing downloaded) or a URL (downloaded once into OPFS),
 * and writes JSON under a JSON-Schema grammar. wllama runs its own nested
 * worker; this class lives in the llm worker.
 */
export class WllamaBackend implements LlmBackend {
  readonly kind = 'wllama';
  #instance: Instance | null = null;
  #state: LoadedState | null = null;

  async load(spec: ModelSpec, onProgress: (p: LoadProgress) => void): Promise<LoadedModel> {
    if (spec.backend !== 'wllama') throw new LlmFailure('unsupported', `wllama: cannot load a ${spec.backend} model; use the ${spec.backend} backend`);
    await this.unload();
    const started = performance.now();
    const name = spec.source.kind === 'blob' ? spec.source.name : spec.source.url;
    const params = loadParams(spec);
    onProgress({ progress: 0, text: `wllama: loading ${name}` });
    const blobs = spec.source.kind === 'blob' ? [spec.source.blob] : await download(spec.source.url, onProgress);
    let instance: Instance;
    try {
      instance = await start({ name, blobs, params });
    } catch (e) {
      // A downloaded file that does not load (an HTML error page, a truncated download) must not stay cached as the model.
      if (spec.source.kind === 'url') await this.deleteCached(spec.source.url).catch(() => undefined);
      throw e;
    }
    this.#instance = instance;
    this.#state = { name, blobs, params };
    onProgress({ progress: 1, text: `wllama: ${name} loaded` });
    return {
      backend: 'wllama',
      modelId: name,
      loadMs: performance.now() - started,
      contextLength: contextOf(instance.wllama),
    };
  }

  async generate(request: GenerateRequest, signal: AbortSignal): Promise<GenerateResult> {
    const instance = this.#instance;
    if (!instance) throw new LlmFailure('not-loaded', 'wllama: no model loaded; load a GGUF model first');
    if (signal.aborted) throw abortedFailure();
    const started = performance.now();
    try {
      instance.log.clear();
      const response = await instance.wllama.createChatCompletion(wllamaRequest(request, signal));
      const choice = response.choices[0];
      return {
        text: choice?.message.content ?? '',
        finishReason: choice?.finish_reason === 'length' ? 'length' : 'stop',
        usage: { promptTokens: response.usage.prompt_tokens, completionTokens: response.usage.completion_tokens },
        elapsedMs: performance.now() - started,
      };
    } catch (e) {
      if (signal.aborted || (e instanceof Error && e.name === 'AbortError')) throw abortedFailure();
      const failure = toFailure(e, { code: 'internal', doing: 'generation failed', native: instance.log.lastError() });
      // Any other failure can leave the instance desynced (invalid UTF-8 in the output does): start afresh.
      await this.#restart();
      throw failure;
    }
  }

  async unload(): Promise<void> {
    const instance = this.#instance;
    this.#instance = null;
    this.#state = null;
    await instance?.wllama.exit().catch(() => undefined);
  }

  /** Whether the GGUF at `url` is in wllama's OPFS cache (a model picked as a file never is). */
  async isCached(url: string): Promise<boolean> {
    const models = await new ModelManager().getModels();
    return models.some((m) => m.url === url);
  }

  async deleteCached(url: string): Promise<void> {
    const models = await new ModelManager().getModels({ includeInvalid: true });
    for (const model of models) if (model.url === url) await model.remove();
  }

  async #restart(): Promise<void> {
    const state = this.#state;
    const old = this.#instance;
    this.#instance = null;
    await old?.wllama.exit().catch(() => undefined);
    if (!state) return;
    try {
      this.#instance = await start(state);
    } catch {
      // The next call reports 'not-loaded'; the user reloads.
      this.#state = null;
    }
  }
}

/** llama-server caps a slot at the context the model was trained for, whatever n_ctx asked. */
function contextOf(wllama: Wllama): number {
  const { n_ctx, n_ctx_train } = wllama.getLoadedContextInfo();
  return n_ctx_train > 0 ? Math.min(n_ctx, n_ctx_train) : n_ctx;
}

function loadParams(spec: WllamaSpec): LoadModelParams {
  const scope = globalThis as { crossOriginIsolated?: boolean; navigator?: { hardwareConcurrency?: number } };
  return {
    n_threads: wllamaThreads({
      crossOriginIsolated: scope.crossOriginIsolated === true,
      hardwareConcurrency: scope.navigator?.hardwareConcurrency,
      requested: spec.threads,
    }),
    // The context prompts are budgeted for.
    n_ctx: spec.contextLength ?? DEFAULT_CONTEXT_TOKENS,
    // The CPU path: deterministic, and wllama's WebGPU path needs shader-f16.
    n_gpu_layers: 0,
    // One request at a time: the whole context for it.
    n_parallel: 1,
  };
}

async function start(state: LoadedState): Promise<Instance> {
  const log = logTail();
  const wllama = new Wllama({ default: wasmUrl }, { logger: log.logger });
  // The default compat mode fetches a worker and wasm from a CDN on browsers without JSPI/Memory64.
  wllama.setCompat(null);
  try {
    await wllama.loadModel(state.blobs, state.params);
    // wllama 3.8 does not check llama.cpp's answer: a file it could not load comes back as a model without a vocabulary.
    if (wllama.getLoadedContextInfo().n_vocab === 0) throw new Error('llama.cpp loaded no model');
    return { wllama, log };
  } catch (e) {
    await wllama.exit().catch(() => undefined);
    const doing = `could not load ${state.name}; pick a GGUF file of a model llama.cpp supports`;
    throw toFailure(e, { code: 'unsupported', doing, native: log.lastError() });
  }
}

async function download(url: string, onProgress: (p: LoadProgress) => void): Promise<Blob[]> {
  try {
    const manager = new ModelManager();
    const model = await manager.getModelOrDownload(
      { url },
      {
        progressCallback: ({ loaded, total }) =>
          onProgress({ progress: total > 0 ? Math.min(loaded / total, 0.99) : 0, text: `wllama: downloading ${url} (${Math.round(loaded / 1e6)} MB)` }),
      },
    );
    return await model.open();
  } catch (e) {
    throw toFailure(e, { code: 'download-failed', doing: `could not download ${url}; check the address and the connection` });
  }
}

function abortedFailure(): LlmFailure {
  return new LlmFailure('aborted', 'wllama: generation aborted');
}

/** A coded failure from whatever wllama threw (its error types first, then `code`), with llama.cpp's own words. */
function toFailure(e: unknown, context: { code: LlmErrorCode; doing: string; native?: string }): LlmFailure {
  if (e instanceof LlmFailure) return e;
  const thrown = e instanceof Error ? e.message : String(e);
  const { native } = context;
  // llama.cpp's log line says why; wllama often throws the same words again, or just "(ABORT)".
  const detail = !native || native.includes(thrown) ? thrown || (native ?? '') : `${native}; ${thrown}`;
  let code = context.code;
  if (e instanceof WllamaError) {
    if (e.type === 'model_not_loaded') code = 'not-loaded';
    else if (e.type === 'download_error') code = 'download-failed';
    else if (e.type === 'kv_cache_full') code = 'out-of-memory';
  }
  if (/out of memory|cannot enlarge memory|allocation failed/i.test(detail)) code = 'out-of-memory';
  return new LlmFailure(code, `wllama: ${context.doing} (${detail})`);
}

interface Instance {
  readonly wllama: Wllama;
  readonly log: ReturnType<typeof logTail>;
}

/**
 * wllama's logger, quiet: llama.cpp writes pages per load and per request, and
 * a failure says why only there ("invalid magic characters", "data is not
 * within the file bounds"). Keeps the first error line since the last clear,
 * for the failure message.
 */
function logTail() {
  let first: string | undefined;
  const ignore = (): void => undefined;
  const error = (...data: unknown[]): void => {
    first ??= data.map(String).join(' ').split('\n')[0].trim().slice(0, 300) || undefined;
  };
  return {
    logger: { debug: ignore, log: ignore, warn: ignore, error },
    lastError: (): string | undefined => first,
    clear: (): void => {
      first = undefined;
    },
  };
}
