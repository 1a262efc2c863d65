import { describe, expect, it } from 'vitest';
import { WebLlmBackend } from '../../../src/llm/backends/webllm-backend.ts';
import { choosePlannerRoute } from '../../../src/llm/choose-planner-route.ts';
import { NO_ADAPTER_REASON, NO_NAVIGATOR_GPU_REASON, detectCapabilities } from '../../../src/llm/detect-capabilities.ts';
import { catalogueFor } from '../../../src/llm/model-catalogue.ts';

// The plain `browser` project: Chromium without --enable-unsafe-webgpu, so no adapter.
describe('WebGPU without an adapter', () => {
  it('the raw API has no adapter', async () => {
    const gpu = (navigator as { gpu?: GPU }).gpu;
    const adapter = gpu ? await gpu.requestAdapter() : null;
    expect(adapter).toBeNull();
  });

  it('capabilities say unavailable, with a reason in plain words', async () => {
    const { webgpu } = await detectCapabilities();
    expect(webgpu).toMatchObject({ available: false, fallbackAdapter: false, shaderF16: false, maxBufferSize: 0 });
    expect([NO_ADAPTER_REASON, NO_NAVIGATOR_GPU_REASON]).toContain(webgpu.reason);
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
