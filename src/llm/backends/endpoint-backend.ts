import type { GenerateRequest, GenerateResult, LlmResult, LoadedModel, LoadProgress, ModelSpec } from '../llm-types.ts';
import { LlmFailure } from '../llm-types.ts';
import { DEFAULT_CONTEXT_TOKENS } from '../prompts/proposal-prompt.ts';
import { endpointGenerate } from './endpoint-generate.ts';
import type { LlmBackend } from './llm-backend.ts';
import { localEndpoint } from './local-endpoint.ts';

/** How long the server may take to list its models before it counts as not there. */
const LIST_TIMEOUT_MS = 10_000;

type Generate = (request: GenerateRequest, signal?: AbortSignal) => Promise<LlmResult<GenerateResult>>;

/**
 * An OpenAI-compatible model server on this machine (llama-server, Ollama,
 * LM Studio) behind the llm worker: "loading" asks the server for its models
 * (GET <base>/models), so a server that is not there, or a page not allowed
 * to reach it, is said at once; generations go through endpointGenerate.
 * Nothing to download or cache: the server holds the model.
 */
export class EndpointBackend implements LlmBackend {
  readonly kind = 'endpoint';
  #generate: Generate | null = null;

  async load(spec: ModelSpec, onProgress: (p: LoadProgress) => void): Promise<LoadedModel> {
    if (spec.backend !== 'endpoint') throw new LlmFailure('unsupported', `model server: cannot load a ${spec.backend} model; use the ${spec.backend} backend`);
    await this.unload();
    const started = performance.now();
    const base = checkedBase(spec.baseUrl);
    const { origin } = new URL(base);
    onProgress({ progress: 0, text: `Asking ${origin} for its models` });
    const served = await listModels(base, origin);
    const model = spec.model ?? served[0] ?? 'local';
    if (spec.model !== undefined && served.length > 0 && !served.some((id) => id === model || id.startsWith(`${model}:`))) {
      throw new LlmFailure('model-not-found', `${origin} does not serve a model named "${model}"; it serves ${served.map((id) => `"${id}"`).join(', ')}`);
    }
    this.#generate = endpointGenerate({ baseUrl: base, model });
    onProgress({ progress: 1, text: `${origin} answered` });
    return { backend: 'endpoint', modelId: `${origin}, ${model}`, loadMs: performance.now() - started, contextLength: DEFAULT_CONTEXT_TOKENS };
  }

  async generate(request: GenerateRequest, signal: AbortSignal): Promise<GenerateResult> {
    const generate = this.#generate;
    if (!generate) throw new LlmFailure('not-loaded', 'model server: not connected; connect to it first');
    const result = await generate(request, signal);
    if (!result.ok) throw new LlmFailure(result.error.code, result.error.message);
    return result.value;
  }

  async unload(): Promise<void> {
    this.#generate = null;
  }
}

function checkedBase(text: string): string {
  try {
    return localEndpoint(text);
  } catch (e) {
    throw new LlmFailure('unsupported', e instanceof Error ? e.message : String(e));
  }
}

/**
 * The ids at GET <base>/models. A fetch that fails is either this page's
 * Content-Security-Policy refusing the origin (a `securitypolicyviolation`
 * event names it) or no server there; the two need different fixes.
 */
async function listModels(base: string, origin: string): Promise<string[]> {
  let refused = false;
  const onViolation = (event: Event): void => {
    if ((event as SecurityPolicyViolationEvent).blockedURI?.startsWith(origin)) refused = true;
  };
  const scope = globalThis as unknown as EventTarget;
  scope.addEventListener?.('securitypolicyviolation', onViolation);
  let response: Response;
  try {
    response = await fetch(`${base}/models`, { signal: AbortSignal.timeout(LIST_TIMEOUT_MS), redirect: 'error' });
  } catch {
    // The violation event is queued as a task of its own: let it arrive.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (refused) {
      throw new LlmFailure('not-allowed', `this page's Content-Security-Policy does not allow ${origin} yet; reload the page to allow it`);
    }
    throw new LlmFailure('unreachable', `no server answered at ${origin} — start llama-server / ollama serve, or check the port`);
  } finally {
    scope.removeEventListener?.('securitypolicyviolation', onViolation);
  }
  if (!response.ok) {
    throw new LlmFailure(
      'unsupported',
      `${origin} answered HTTP ${response.status} to GET ${base}/models; give the base of an OpenAI-compatible server, such as http://127.0.0.1:8080/v1`,
    );
  }
  const body = (await response.json().catch(() => null)) as { data?: readonly { id?: unknown }[] } | null;
  if (!body || !Array.isArray(body.data))
    throw new LlmFailure('unsupported', `${origin}: GET ${base}/models did not answer with a model list; is it an OpenAI-compatible server?`);
  return body.data.map((m) => m.id).filter((id): id is string => typeof id === 'string');
}
