import type { LlmError, LlmErrorCode } from './llm-types.ts';

const CODES: ReadonlySet<string> = new Set<LlmErrorCode>([
  'no-webgpu',
  'model-not-found',
  'download-failed',
  'out-of-memory',
  'device-lost',
  'aborted',
  'invalid-output',
  'not-loaded',
  'unreachable',
  'not-allowed',
  'unsupported',
  'internal',
]);

/**
 * What each runtime throws, by error name or message, first match wins.
 * Sources: @mlc-ai/web-llm lib/error (ModelNotFoundError, DeviceLostError,
 * WebGPUNotAvailableError, …; its worker sends errors as `err.toString()`,
 * i.e. "Name: message" strings), web-llm issues #517 and #647 ("Device was
 * lost during reload … [object GPUDeviceLostInfo]"), #387 ("OperationError:
 * Device lost during onSubmittedWorkDone"), #663 ("Cannot find model record
 * in appConfig"), #836 (VK_ERROR_DEVICE_LOST); @wllama/wllama's WllamaError
 * types and WllamaAbortError ("Operation aborted", name AbortError), its
 * model manager ("Failed to fetch <url>: HTTP 404"), wllama issues #12 and
 * #18 ("Out Of Memory", "Data cannot be cloned, out of memory"), #143
 * (emscripten "Aborted(LinkError…)" is a broken runtime, not a user abort).
 * Device lost comes before out-of-memory: web-llm's device-lost message
 * mentions OOM, but what the user must do (reload the model) differs.
 */
const RULES: readonly (readonly [LlmErrorCode, RegExp])[] = [
  ['aborted', /^AbortError$|^(?:the )?operation (?:was )?aborted|\bwas aborted\b|\bis aborted\b|aborted by the user|interrupted by the user/i],
  ['device-lost', /device (?:was )?lost|DeviceLostError|GPUDeviceLostInfo|DEVICE_LOST/i],
  ['out-of-memory', /out of memory|\bOOM\b|Cannot enlarge memory|allocation failed|failed to allocate|insufficient memory|WebAssembly\.Memory/i],
  [
    'no-webgpu',
    /WebGPU is not supported|WebGPUNotAvailableError|WebGPUNotFoundError|Cannot find WebGPU|navigator\.gpu|Cannot find adapter|adapter not found|No (?:suitable |compatible )?(?:GPU )?adapter/i,
  ],
  [
    'unsupported',
    /shader-f16|ShaderF16SupportError|FeatureSupportError|does not support (?:SIMD|exception handling)|Multi-threading is required|SharedArrayBuffer|cross-?origin isolat/i,
  ],
  [
    'model-not-found',
    /Cannot find model record|ModelNotFoundError|Missing `model_lib`|\b404\b|Not Found|Invalid model URL|No GGUF file found|deleted from the cache/i,
  ],
  [
    'download-failed',
    /Failed to fetch|NetworkError|Load failed|Cannot fetch|Unable to fetch|Couldn't load|net::ERR_|\bHTTP [45]\d\d\b|status [45]\d\d\b|QuotaExceeded|quota|download_error/i,
  ],
  ['not-loaded', /not loaded|ModelNotLoadedError|EngineNotLoadedError|loadModel\(\) is not yet called|model_not_loaded/i],
  ['invalid-output', /Failed to parse model output|ToolCallOutputParseError|InvalidResponseFormat/i],
];

/** wllama marks its errors with a `type`; it decides when the message does not. */
const WLLAMA_TYPES: Readonly<Record<string, LlmErrorCode>> = {
  download_error: 'download-failed',
  model_not_loaded: 'not-loaded',
};

const MAX_MESSAGE = 400;

/**
 * The stable {code, message} of whatever an LLM runtime threw: Error objects,
 * DOMExceptions, the plain strings WebLLM's worker posts, wllama's errors,
 * or an {code, message} that already crossed a worker. The message keeps the
 * runtime's words (without a leading "Error: "), cut to a readable length.
 */
export function normalizeLlmError(e: unknown): LlmError {
  if (isRecord(e) && typeof e.code === 'string' && CODES.has(e.code) && typeof e.message === 'string') {
    return { code: e.code as LlmErrorCode, message: e.message };
  }
  const { name, message } = nameAndMessage(e);
  const text = name ? `${name}: ${message}` : message;
  const rule = RULES.find(([, pattern]) => (name !== '' && pattern.test(name)) || pattern.test(message));
  const typed = isRecord(e) && typeof e.type === 'string' ? WLLAMA_TYPES[e.type] : undefined;
  const code = rule?.[0] ?? typed ?? 'internal';
  const readable = (code === 'internal' && name && name !== 'Error' ? text : message).replace(/\s+/g, ' ').trim();
  const shown = readable.length > MAX_MESSAGE ? `${readable.slice(0, MAX_MESSAGE - 1)}…` : readable;
  return { code, message: shown || `the model runtime failed without a message (${code})` };
}

function nameAndMessage(e: unknown): { name: string; message: string } {
  if (typeof e === 'string') {
    // WebLLM's worker posts `err.toString()`: "ModelNotFoundError: Cannot find …".
    const m = /^((?:[A-Z][A-Za-z]*)?(?:Error|Exception)):\s*([\s\S]*)$/.exec(e);
    return m ? { name: m[1], message: m[2] } : { name: '', message: e };
  }
  if (isRecord(e)) {
    const name = typeof e.name === 'string' ? e.name : '';
    const message = typeof e.message === 'string' ? e.message : safeString(e);
    return { name, message: message.replace(/^Error:\s*/, '') };
  }
  return { name: '', message: safeString(e) };
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    // An object whose toString throws (or a null-prototype object): there is no message to keep.
    return '';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}
