import { describe, expect, it } from 'vitest';
import { WebLlmBackend } from '../../../src/llm/backends/webllm-backend.ts';
import { choosePlannerRoute } from '../../../src/llm/choose-planner-route.ts';
import { NO_ADAPTER_REASON, detectCapabilities } from '../../../src/llm/detect-capabilities.ts';
import { catalogueFor } from '../../../src/llm/model-catalogue.ts';

// The plain `browser` project starts Chromium with GPU access off (NO_WEBGPU_ARGS in
// scripts/find-chromium.ts): WebGPU is there but gives no adapter, on any machine.
describe('WebGPU without an adapter', () => {
  it('the raw API has no adapter', async () => {
    const gpu = (navigator as { gpu?: GPU }).gpu;
    expect(gpu).toBeDefined();
    await expect(gpu?.requestAdapter()).resolves.toBeNull();
  });

  it('capabilities say unavailable, with a reason in plain words', async () => {
    const { webgpu } = await detectCapabilities();
    expect(webgpu).toEqual({ available: false, fallbackAdapter: false, shaderF16: false, maxBufferSize: 0, reason: NO_ADAPTER_REASON });
  });

  it('routing never picks WebLLM, and says why when it is asked for', async () => {
    const capabilities = await detectCapabilities();
    expect(choosePlannerRoute({ capabilities }).route).toBe('statistical');
    expect(choosePlannerRoute({ capabilities, gguf: true }).route).toBe('wllama');
    const forced = choosePlannerRoute({ capabilities, override: 'webllm' });
    expect(forced.route).toBe('statistical');
    expect(forced.reason).toContain(capabilities.webgpu.reason);
    // No shader-f16 to speak of: the catalogue falls back to the f32 builds.
    expect(catalogueFor(capabilities).every((e) => e.quantization === 'q4f32_1')).toBe(true);
  });

  it('WebLlmBackend.load fails fast with no-webgpu, even with allowFallbackAdapter', async () => {
    const backend = new WebLlmBackend();
    const spec = { backend: 'webllm', modelId: 'Llama-3.2-1B-Instruct-q4f32_1-MLC', allowFallbackAdapter: true } as const;
    await expect(backend.load(spec, () => undefined)).rejects.toMatchObject({
      code: 'no-webgpu',
      message: expect.stringMatching(/^WebLLM: cannot load Llama-3\.2-1B-Instruct-q4f32_1-MLC\. This browser has/),
    });
  });
});
