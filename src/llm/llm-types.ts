/**
 * The backend-neutral LLM contract (docs/architecture.md "Workers"): everything here is
 * plain, cloneable data, so it crosses the llm worker boundary as is.
 */

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface GenerateRequest {
  readonly messages: readonly ChatMessage[];
  /** JSON Schema the output must follow (constrained decoding). */
  readonly schema: object;
  readonly maxTokens: number;
  readonly temperature: number;
  readonly seed: number;
}

export type FinishReason = 'stop' | 'length' | 'abort';

export interface TokenUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
}

export interface GenerateResult {
  readonly text: string;
  readonly finishReason: FinishReason;
  readonly usage: TokenUsage;
  readonly elapsedMs: number;
}

/** Stable codes callers branch on, whatever form the runtime threw its error in. */
export type LlmErrorCode =
  | 'no-webgpu'
  | 'model-not-found'
  | 'download-failed'
  | 'out-of-memory'
  | 'device-lost'
  | 'aborted'
  | 'invalid-output'
  | 'not-loaded'
  /** A local model server (an OpenAI-compatible endpoint) did not answer. */
  | 'unreachable'
  /** This page's Content-Security-Policy does not let it reach the local model server (yet: a reload may). */
  | 'not-allowed'
  | 'unsupported'
  | 'internal';

export interface LlmError {
  readonly code: LlmErrorCode;
  readonly message: string;
}

export type LlmResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: LlmError };

/** A thrown LLM failure inside the worker; crosses as its {code, message}. */
export class LlmFailure extends Error {
  override readonly name = 'LlmFailure';
  constructor(
    readonly code: LlmErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type CacheBackend = 'cache' | 'indexeddb' | 'opfs';

export type ModelSpec =
  | {
      readonly backend: 'webllm';
      /** An id of the catalogue (src/llm/model-catalogue.ts) or of a self-hosted record. */
      readonly modelId: string;
      /** Self-hosted models: the folder holding `<modelId>/` (absolute or relative to the page). */
      readonly baseUrl?: string;
      /** Self-hosted models not prebuilt by WebLLM: their `*-webgpu.wasm`, absolute or relative to `baseUrl`. */
      readonly modelLib?: string;
      readonly cacheBackend?: CacheBackend;
      /** Load even on a software WebGPU adapter (SwiftShader): far too slow for real use; for tests. */
      readonly allowFallbackAdapter?: boolean;
    }
  | {
      readonly backend: 'wllama';
      /** A GGUF the user picked (nothing downloaded) or a URL (downloaded once, cached). */
      readonly source: { readonly kind: 'blob'; readonly blob: Blob; readonly name: string } | { readonly kind: 'url'; readonly url: string };
      readonly threads?: number;
      readonly contextLength?: number;
    }
  | {
      readonly backend: 'endpoint';
      /** An OpenAI-compatible server on this machine (checked by localEndpoint), such as http://127.0.0.1:8080/v1. */
      readonly baseUrl: string;
      /** The model name the server knows (Ollama needs it); absent: the first one the server lists. */
      readonly model?: string;
    };

export interface LoadProgress {
  /** 0..1 */
  readonly progress: number;
  readonly text: string;
}

export type BackendKind = ModelSpec['backend'];

/** How fast a loaded model reads its prompt and writes its answer, measured by one short timed request at load. */
export interface ModelSpeed {
  readonly promptTokensPerSecond: number;
  readonly outputTokensPerSecond: number;
}

export interface LoadedModel {
  readonly backend: BackendKind;
  /** How reports name the model: a file name, a model id, or "http://127.0.0.1:8080, model-name" for a local server. */
  readonly modelId: string;
  readonly loadMs: number;
  readonly contextLength: number;
  /** Absent when the runtime reported no token counts to measure by. */
  readonly speed?: ModelSpeed;
}

export interface Capabilities {
  readonly webgpu: {
    readonly available: boolean;
    /** A software adapter (SwiftShader): works, but far too slow for an LLM. */
    readonly fallbackAdapter: boolean;
    readonly shaderF16: boolean;
    readonly maxBufferSize: number;
    /** Why WebGPU is unusable, in plain words, when it is. */
    readonly reason?: string;
  };
  readonly crossOriginIsolated: boolean;
  readonly hardwareConcurrency: number;
}

/** Where to look a model up: the cache kind, and for self-hosted WebLLM models their folder and library. */
export interface CacheOptions {
  readonly cacheBackend?: CacheBackend;
  readonly baseUrl?: string;
  readonly modelLib?: string;
}

export interface CachedModel {
  readonly modelId: string;
  readonly cached: boolean;
}

/** The llm worker's API (comlink). */
export interface LlmApi {
  capabilities(): Promise<Capabilities>;
  load(spec: ModelSpec, onProgress?: (p: LoadProgress) => void): Promise<LlmResult<LoadedModel>>;
  generateJson(request: GenerateRequest): Promise<LlmResult<GenerateResult>>;
  /** The loaded model's reading and writing speed, from two short timed answers (null when it counts no tokens). */
  measureSpeed(): Promise<LlmResult<ModelSpeed | null>>;
  /** Stops the generation in flight (it then resolves with code 'aborted'). */
  abort(): Promise<void>;
  unload(): Promise<void>;
  cacheStatus(modelIds: readonly string[], options?: CacheOptions): Promise<CachedModel[]>;
  deleteCached(modelId: string, options?: CacheOptions): Promise<LlmResult<void>>;
}
