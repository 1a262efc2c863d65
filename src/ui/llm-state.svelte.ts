import * as Comlink from 'comlink';
import { createLlmClient, type LlmClient } from '../workers/llm-client.ts';
import {
  catalogueFor,
  choosePlannerRoute,
  type CatalogueEntry,
  type Capabilities,
  type LlmError,
  type LoadedModel,
  type LoadProgress,
  type ModelSpec,
  type PlannerRouteChoice,
} from '../workers/llm-options.ts';
import { DEFAULT_LLM_BUDGET, llmBudgetFor, type PlannerChoice } from '../workers/synth-api.ts';
import type { SynthClient } from '../workers/synth-client.ts';
import { readAllowedEndpoint } from './allowed-endpoint.ts';
import { EndpointState } from './endpoint-state.svelte.ts';
import { llmErrorText } from './llm-error-text.ts';
import { DEFAULT_MODELS_CATALOGUE, readSelfHostedModels, type SelfHostedModel } from './self-hosted-models.ts';
import type { PlannerSource } from './setup-fields.ts';
export type LlmStatus = 'off' | 'starting' | 'ready' | 'loading' | 'loaded' | 'error';

const GGUF_URL = /\.gguf(\?.*)?$/i;

/**
 * The language model side of the setup: the llm worker (started on first
 * use), what this browser can run, the catalogue's cache, the model loaded.
 * Whatever fails here, runs fall back to the statistical planner.
 */
export class LlmState {
  status = $state<LlmStatus>('off');
  capabilities = $state.raw<Capabilities | null>(null);
  /** The models served next to the app (public/models/catalogue.json); empty when there are none. */
  selfHosted = $state.raw<readonly SelfHostedModel[]>([]);
  /** Model id (a GGUF's URL for GGUF models) → in the browser cache: such a model loads offline. */
  cached = $state.raw<Readonly<Record<string, boolean>>>({});
  progress = $state.raw<LoadProgress | null>(null);
  /** The name of the model being loaded (file name, URL or id). */
  loading = $state<string | null>(null);
  loaded = $state.raw<LoadedModel | null>(null);
  error = $state<string | null>(null);
  /** The self-hosted model form: a GGUF URL, or a WebLLM base URL with the model id. */
  url = $state('');
  urlModelId = $state('');
  /** The local model server form (an OpenAI-compatible endpoint) and the origin the user allowed. */
  readonly endpoint: EndpointState = new EndpointState(this);

  readonly #synth: SynthClient;
  readonly #createClient: () => LlmClient;
  readonly #catalogueUrl: string;
  #selfHostedRead: Promise<void> | null = null;
  #client: Promise<LlmClient> | null = null;
  #started: LlmClient | null = null;
  /** The model server allowed when the llm worker started: its policy, fixed then, opens that origin only. */
  #startedWith: string | null = null;

  constructor(options: { synth: SynthClient; createClient?: () => LlmClient; catalogueUrl?: string }) {
    this.#synth = options.synth;
    this.#createClient = options.createClient ?? createLlmClient;
    this.#catalogueUrl = options.catalogueUrl ?? DEFAULT_MODELS_CATALOGUE;
  }

  /** The catalogue in the quantization this GPU runs; empty until capabilities are known. */
  get catalogue(): CatalogueEntry[] {
    return this.capabilities ? catalogueFor(this.capabilities) : [];
  }

  /** What this browser should use, and why; null until the llm worker has looked. */
  get route(): PlannerRouteChoice | null {
    return this.capabilities ? choosePlannerRoute({ capabilities: this.capabilities, gguf: this.loaded?.backend === 'wllama' }) : null;
  }

  /** Null when WebLLM can run here, else why not (in plain words). */
  get webllmProblem(): string | null {
    if (!this.capabilities) return null;
    const route = choosePlannerRoute({ capabilities: this.capabilities, override: 'webllm' });
    return route.route === 'webllm' ? null : route.reason;
  }

  /** The loaded model as a planner; null without one. */
  get model(): PlannerChoice | null {
    return this.loaded ? { kind: 'llm', modelId: this.loaded.modelId, contextTokens: this.loaded.contextLength } : null;
  }

  /**
   * The planner a run gets: the loaded model when an LLM source is chosen, under a budget of `plans` add-phase plans
   * (and calls for the column groups and a retry each), else statistical.
   */
  choice(source: PlannerSource, plans: number = DEFAULT_LLM_BUDGET.plans): PlannerChoice {
    const model = source !== 'statistical' ? this.model : null;
    return model?.kind === 'llm' ? { ...model, budget: llmBudgetFor(plans) } : { kind: 'statistical' };
  }

  /** The user picked a source: start the worker (once), read the self-hosted models (once) and the cache. */
  async choose(source: PlannerSource): Promise<void> {
    if (source === 'statistical') return;
    if (source === 'endpoint') await this.endpoint.restore();
    this.#selfHostedRead ??= readSelfHostedModels(this.#catalogueUrl).then((models) => {
      this.selfHosted = models;
    });
    const [client] = await Promise.all([this.#ready(), this.#selfHostedRead]);
    if (client && (source === 'webllm' || this.selfHosted.length > 0)) await this.refreshCache();
  }

  /** Loads a model served next to the app; the first load puts it in the browser cache, for offline use. */
  async loadSelfHosted(model: SelfHostedModel): Promise<void> {
    await this.#load(model.spec, model.id);
    await this.refreshCache();
  }

  async loadFile(file: File): Promise<void> {
    await this.#load({ backend: 'wllama', source: { kind: 'blob', blob: file, name: file.name } }, file.name);
  }

  async loadUrl(): Promise<void> {
    const url = this.url.trim();
    const modelId = this.urlModelId.trim();
    if (GGUF_URL.test(url)) {
      await this.#load({ backend: 'wllama', source: { kind: 'url', url } }, url);
      return;
    }
    if (url === '' || modelId === '') {
      this.error = 'Self-hosted model: give a GGUF URL (ending in .gguf), or a WebLLM base URL and the model id it serves.';
      return;
    }
    await this.#load({ backend: 'webllm', modelId, baseUrl: url }, modelId);
  }

  /**
   * Connects to the model server at `baseUrl` (checked local), whose origin the user
   * allowed. A worker's Content-Security-Policy is fixed when it starts: one started
   * before this origin was allowed is replaced, so the service worker serves the new
   * one with the policy that opens it. Returns the failure, or null.
   */
  async loadEndpoint(baseUrl: string, model: string, origin: string): Promise<LlmError | null> {
    if (this.#started && this.#startedWith !== origin && navigator.serviceWorker?.controller) this.terminate();
    return this.#load({ backend: 'endpoint', baseUrl, ...(model ? { model } : {}) }, origin);
  }

  /** A problem of the form itself (an address not on this machine): shown like a load failure. */
  fail(message: string): void {
    this.error = message;
    this.status = 'error';
  }

  /** Loads a catalogue model: the first time downloads it into the browser cache. */
  async download(modelId: string): Promise<void> {
    await this.#load({ backend: 'webllm', modelId }, modelId);
    await this.refreshCache();
  }

  async deleteCached(modelId: string): Promise<void> {
    const client = await this.#ready();
    if (!client) return;
    const result = await client.api.deleteCached(modelId);
    if (!result.ok) this.error = llmErrorText(result.error);
    await this.refreshCache();
  }

  async refreshCache(): Promise<void> {
    const client = await this.#ready();
    if (!client) return;
    const ids = new Set([...this.catalogue.map((e) => e.modelId), ...this.selfHosted.filter((m) => m.spec.backend === 'wllama').map((m) => m.cacheKey)]);
    const status = await client.api.cacheStatus([...ids]);
    // A self-hosted WebLLM model is looked up where it is served, not under the hub record of the same id.
    for (const m of this.selfHosted) {
      if (m.spec.backend !== 'webllm') continue;
      const { baseUrl, modelLib } = m.spec;
      status.push(...(await client.api.cacheStatus([m.cacheKey], { ...(baseUrl ? { baseUrl } : {}), ...(modelLib ? { modelLib } : {}) })));
    }
    this.cached = Object.fromEntries(status.map((s) => [s.modelId, s.cached]));
  }

  /** Ends the llm worker; a run using it pauses (the synth worker is told, as it cannot see a worker go). */
  terminate(): void {
    if (this.#started) void this.#synth.api.llmLost('was shut down');
    this.#started?.terminate();
    this.#started = null;
    this.#client = null;
    this.loaded = null;
    this.status = 'off';
  }

  /** Loads the model, then times two short answers of it (its speed, for the budget's estimate); returns the failure or null. */
  async #load(spec: ModelSpec, name: string): Promise<LlmError | null> {
    const client = await this.#ready();
    if (!client) return { code: 'internal', message: 'llm worker: could not start' };
    this.status = 'loading';
    this.loading = name;
    this.loaded = null;
    this.error = null;
    this.progress = { progress: 0, text: `Loading ${name}…` };
    try {
      const result = await client.api.load(
        spec,
        Comlink.proxy((p: LoadProgress) => {
          this.progress = p;
        }),
      );
      if (!result.ok) return this.#fail(result.error);
      this.progress = { progress: 1, text: `Timing a short answer of ${result.value.modelId}…` };
      const speed = await client.api.measureSpeed();
      if (!speed.ok) {
        await client.api.unload();
        return this.#fail({ code: speed.error.code, message: `${result.value.modelId} loaded, but a first short answer failed: ${speed.error.message}` });
      }
      this.loaded = speed.value ? { ...result.value, speed: speed.value } : result.value;
      return null;
    } catch (e) {
      return this.#fail({ code: 'internal', message: e instanceof Error ? e.message : String(e) });
    } finally {
      this.loading = null;
      this.progress = null;
      if (this.loaded) this.status = 'loaded';
    }
  }

  #fail(error: LlmError): LlmError {
    this.fail(llmErrorText(error));
    return error;
  }

  /** The llm worker, started and connected to the synth worker on first use; null when it could not start. */
  async #ready(): Promise<LlmClient | null> {
    this.#client ??= this.#start();
    try {
      return await this.#client;
    } catch (e) {
      this.#client = null;
      this.#fail({ code: 'internal', message: `llm worker: could not start (${e instanceof Error ? e.message : String(e)})` });
      return null;
    }
  }

  async #start(): Promise<LlmClient> {
    this.status = 'starting';
    this.#startedWith = (await readAllowedEndpoint())?.origin ?? null;
    const client = this.#createClient();
    this.#started = client;
    try {
      // The synth worker calls the model through its own port: the loop never waits on this thread.
      const port = client.port();
      await this.#synth.api.connectLlm(Comlink.transfer(port, [port]));
      this.capabilities = await client.api.capabilities();
    } catch (e) {
      client.terminate();
      this.#started = null;
      throw e;
    }
    this.status = 'ready';
    return client;
  }
}
