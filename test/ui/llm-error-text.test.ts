import { describe, expect, it } from 'vitest';
import { llmErrorText } from '../../src/ui/llm-error-text.ts';

describe('llmErrorText', () => {
  it.each([
    [
      { code: 'unsupported', message: 'wllama: could not load bad.gguf; pick a GGUF file' },
      'This model cannot run here (unsupported): wllama: could not load bad.gguf; pick a GGUF file',
    ],
    [
      { code: 'download-failed', message: 'Failed to fetch https://x/m.gguf: HTTP 404' },
      'The model could not be downloaded (download-failed): Failed to fetch https://x/m.gguf: HTTP 404',
    ],
    [{ code: 'no-webgpu', message: 'WebGPU is not supported' }, 'This browser cannot run WebGPU models (no-webgpu): WebGPU is not supported'],
  ] as const)('puts plain words before the coded message: %j', (error, expected) => {
    expect(llmErrorText(error)).toBe(expected);
  });
});
