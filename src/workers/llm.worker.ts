/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { createBackend } from '../llm/backends/create-backend.ts';
import type { LlmBackend } from '../llm/backends/llm-backend.ts';
import { detectCapabilities } from '../llm/detect-capabilities.ts';
import type { CachedModel, LlmApi, LlmResult } from '../llm/llm-types.ts';
import { LlmFailure } from '../llm/llm-types.ts';
import { normalizeLlmError } from '../llm/normalize-llm-error.ts';

type BackendKind = LlmBackend['kind'];

// One instance per runtime, made on first use: loading the runtime costs megabytes.
const backends = new Map<BackendKind, Promise<LlmBackend>>();
let active: LlmBackend | null = null;
// Generations run one at a time (one model, one context); abort() stops the running and the queued ones.
let queue: Promise<unknown> = Promise.resolve();
const pending = new Set<AbortController>();

function backendFor(kind: BackendKind): Promise<LlmBackend> {
  let backend = backends.get(kind);
  if (!backend) {
    backend = createBackend(kind);
    // A failed import can be retried.
    backend.catch(() => backends.delete(kind));
    backends.set(kind, backend);
  }
  return backend;
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

function abortAll(): void {
  for (const controller of pending) controller.abort();
}

const api: LlmApi = {
  capabilities: () => detectCapabilities(),

  load(spec, onProgress) {
    abortAll();
    return settle(async () => {
      const backend = await backendFor(spec.backend);
      const previous = active;
      active = null;
      if (previous && previous !== backend) await previous.unload();
      const loaded = await backend.load(spec, (p) => {
        // Progress is best effort: a caller that went away must not fail the load.
        if (onProgress) void Promise.resolve(onProgress(p)).catch(() => undefined);
      });
      active = backend;
      return loaded;
    });
  },

  generateJson(request) {
    const controller = new AbortController();
    pending.add(controller);
    const run = queue.then(async () => {
      try {
        if (controller.signal.aborted) throw new LlmFailure('aborted', 'llm: generation aborted before it started');
        if (!active) throw new LlmFailure('not-loaded', 'llm: no model loaded; load a model first');
        return await active.generate(request, controller.signal);
      } finally {
        pending.delete(controller);
      }
    });
    queue = run.catch(() => undefined);
    return settle(() => run);
  },

  async abort() {
    abortAll();
  },

  async unload() {
    abortAll();
    const previous = active;
    active = null;
    await previous?.unload();
  },

  async cacheStatus(modelIds, options) {
    return Promise.all(
      modelIds.map(async (modelId): Promise<CachedModel> => {
        try {
          const backend = await backendFor(kindOfModel(modelId));
          return { modelId, cached: (await backend.isCached?.(modelId, options)) ?? false };
        } catch {
          // A runtime that cannot even look (no storage, failed import) has nothing cached.
          return { modelId, cached: false };
        }
      }),
    );
  },

  deleteCached(modelId, options) {
    return settle(async () => {
      const backend = await backendFor(kindOfModel(modelId));
      await backend.deleteCached?.(modelId, options);
    });
  },
};

// Every message to this worker carries one MessagePort to serve the API on
// (llm-client.ts): the main thread gets one, the synth worker another.
self.addEventListener('message', (event: MessageEvent) => {
  for (const port of event.ports) Comlink.expose(api, port);
});
