import { describe, expect, it } from 'vitest';
import { normalizeLlmError } from '../../src/llm/normalize-llm-error.ts';
import { LlmFailure, type LlmErrorCode } from '../../src/llm/llm-types.ts';

/** An Error with a given name, as the runtimes' error classes make them. */
function named(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

/** wllama's WllamaError: an Error with a `type`. */
function wllamaError(message: string, type: string): Error {
  return Object.assign(new Error(message), { type });
}

// Strings as WebLLM and wllama throw or post them (web-llm lib/error.ts, web-llm issues #387 #517 #647 #663 #836; wllama index.js, issues #12 #18 #143).
const CASES: readonly (readonly [string, unknown, LlmErrorCode, string])[] = [
  [
    'web-llm worker string, model id unknown',
    'ModelNotFoundError: Cannot find model record in appConfig for Qwen9-0.1B-MLC. Please check if the model ID is correct and included in the model_list configuration.',
    'model-not-found',
    'Cannot find model record in appConfig for Qwen9-0.1B-MLC. Please check if the model ID is correct and included in the model_list configuration.',
  ],
  [
    'web-llm device lost during reload',
    'Error: Device was lost during reload. This can happen due to insufficient memory or other GPU constraints. Detailed error: [object GPUDeviceLostInfo]. Please try to reload WebLLM with a less resource-intensive model.',
    'device-lost',
    'Device was lost during reload. This can happen due to insufficient memory or other GPU constraints. Detailed error: [object GPUDeviceLostInfo]. Please try to reload WebLLM with a less resource-intensive model.',
  ],
  [
    'web-llm DeviceLostError (mentions OOM, still device lost)',
    named('DeviceLostError', 'The WebGPU device was lost while loading the model. This issue often occurs due to running out of memory (OOM).'),
    'device-lost',
    'The WebGPU device was lost while loading the model. This issue often occurs due to running out of memory (OOM).',
  ],
  [
    'Dawn onSubmittedWorkDone',
    named('OperationError', 'Device lost during onSubmittedWorkDone (do not use this error for recovery)'),
    'device-lost',
    'Device lost during onSubmittedWorkDone (do not use this error for recovery)',
  ],
  ['Vulkan on Adreno', 'vkQueueSubmit failed with VK_ERROR_DEVICE_LOST', 'device-lost', 'vkQueueSubmit failed with VK_ERROR_DEVICE_LOST'],
  [
    'web-llm WebGPU missing',
    named('WebGPUNotAvailableError', 'WebGPU is not supported in your current environment, but it is necessary to run the WebLLM engine.'),
    'no-webgpu',
    'WebGPU is not supported in your current environment, but it is necessary to run the WebLLM engine.',
  ],
  ['no adapter', 'Error: Cannot find adapter that matches the request', 'no-webgpu', 'Cannot find adapter that matches the request'],
  [
    'shader-f16',
    named('ShaderF16SupportError', 'This model requires WebGPU extension shader-f16, which is not enabled in this browser.'),
    'unsupported',
    'This model requires WebGPU extension shader-f16, which is not enabled in this browser.',
  ],
  ['fetch failed (Chrome)', new TypeError('Failed to fetch'), 'download-failed', 'Failed to fetch'],
  [
    'fetch failed (Firefox)',
    new TypeError('NetworkError when attempting to fetch resource.'),
    'download-failed',
    'NetworkError when attempting to fetch resource.',
  ],
  [
    'web-llm cache fetch',
    'Error: Cannot fetch https://huggingface.co/mlc-ai/x/resolve/main/params_shard_3.bin err= TypeError: Failed to fetch',
    'download-failed',
    'Cannot fetch https://huggingface.co/mlc-ai/x/resolve/main/params_shard_3.bin err= TypeError: Failed to fetch',
  ],
  ['wllama 404', new Error('Failed to fetch https://example.org/m.gguf: HTTP 404'), 'model-not-found', 'Failed to fetch https://example.org/m.gguf: HTTP 404'],
  ['wllama 503', new Error('Failed to fetch https://example.org/m.gguf: HTTP 503'), 'download-failed', 'Failed to fetch https://example.org/m.gguf: HTTP 503'],
  [
    'wllama bad URL',
    wllamaError('Invalid model URL: https://example.org/m.bin; URL must ends with ".gguf"', 'download_error'),
    'model-not-found',
    'Invalid model URL: https://example.org/m.bin; URL must ends with ".gguf"',
  ],
  ['wllama download_error type', wllamaError('stream ended early', 'download_error'), 'download-failed', 'stream ended early'],
  ['wllama not loaded', wllamaError('loadModel() is not yet called', 'model_not_loaded'), 'not-loaded', 'loadModel() is not yet called'],
  ['wllama OOM (iOS, threads)', new Error('Out Of Memory'), 'out-of-memory', 'Out Of Memory'],
  ['wllama postMessage OOM', 'PostMessage: Data cannot be cloned, out of memory.', 'out-of-memory', 'PostMessage: Data cannot be cloned, out of memory.'],
  ['wasm memory', new RangeError('WebAssembly.Memory(): could not allocate memory'), 'out-of-memory', 'WebAssembly.Memory(): could not allocate memory'],
  ['array buffer', new RangeError('Array buffer allocation failed'), 'out-of-memory', 'Array buffer allocation failed'],
  ['wllama abort', Object.assign(new Error('Operation aborted'), { name: 'AbortError' }), 'aborted', 'Operation aborted'],
  ['DOMException abort', new DOMException('The operation was aborted.', 'AbortError'), 'aborted', 'The operation was aborted.'],
  ['AbortSignal reason', new DOMException('This operation was aborted', 'AbortError'), 'aborted', 'This operation was aborted'],
  [
    'web-llm reload aborted',
    "Reload() is aborted. Failed to execute 'add' on 'Cache': Cache.add() was aborted",
    'aborted',
    "Reload() is aborted. Failed to execute 'add' on 'Cache': Cache.add() was aborted",
  ],
  [
    'emscripten abort is not a user abort',
    'Aborted(LinkError: WebAssembly.instantiate(): Import #0 "a" "a": function import requires a callable)',
    'internal',
    'Aborted(LinkError: WebAssembly.instantiate(): Import #0 "a" "a": function import requires a callable)',
  ],
  [
    'web-llm model not loaded',
    named('ModelNotLoadedError', 'Model not loaded before trying to complete ChatCompletionRequest.'),
    'not-loaded',
    'Model not loaded before trying to complete ChatCompletionRequest.',
  ],
  ['wllama parse failure', wllamaError('Failed to parse model output', 'inference_error'), 'invalid-output', 'Failed to parse model output'],
  [
    'context overflow keeps its name',
    named('ContextWindowSizeExceededError', 'Prompt tokens exceed context window size: number of prompt tokens: 5000; context window size: 4096'),
    'internal',
    'ContextWindowSizeExceededError: Prompt tokens exceed context window size: number of prompt tokens: 5000; context window size: 4096',
  ],
  ['an already normalised error crossing a worker', { code: 'out-of-memory', message: 'GPU memory is full' }, 'out-of-memory', 'GPU memory is full'],
  ['LlmFailure', new LlmFailure('not-loaded', 'load a model first'), 'not-loaded', 'load a model first'],
  ['a number', 42, 'internal', '42'],
  ['nothing', undefined, 'internal', 'undefined'],
  ['an empty message', new Error(''), 'internal', 'the model runtime failed without a message (internal)'],
];

describe('normalizeLlmError', () => {
  it.each(CASES)('%s', (_, thrown, code, message) => {
    expect(normalizeLlmError(thrown)).toEqual({ code, message });
  });

  it('cuts a very long message to 400 characters', () => {
    const { message } = normalizeLlmError(new Error(`Out of memory ${'x'.repeat(1000)}`));
    expect(message).toHaveLength(400);
    expect(message.endsWith('…')).toBe(true);
  });

  it('survives an object whose toString throws', () => {
    const hostile = {
      toString: () => {
        throw new Error('no');
      },
    };
    expect(normalizeLlmError(hostile).code).toBe('internal');
  });
});
