import { describe, expect, it } from 'vitest';
import { choosePlannerRoute } from '../../src/llm/choose-planner-route.ts';
import { FALLBACK_ADAPTER_REASON, detectCapabilities } from '../../src/llm/detect-capabilities.ts';
import type { Capabilities } from '../../src/llm/llm-types.ts';
import { catalogueFor } from '../../src/llm/model-catalogue.ts';

interface ProbeReport {
  readonly hasNavigatorGpu: boolean;
  readonly adapter: { isFallbackAdapter: boolean; vendor: string; architecture: string; shaderF16: boolean } | null;
  readonly capabilities: Capabilities;
}

function probeInWorker(): Promise<ProbeReport> {
  const worker = new Worker(new URL('./gpu-probe.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ProbeReport>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ProbeReport>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(`gpu probe worker failed: ${event.message}`));
  }).finally(() => worker.terminate());
}

// Chromium started with --enable-unsafe-webgpu --use-webgpu-adapter=swiftshader (SOFTWARE_WEBGPU_ARGS in
// scripts/find-chromium.ts): an adapter on any machine, and always SwiftShader on the CPU, also beside a real GPU.
describe('WebGPU on a software adapter', () => {
  it('the raw API gives a fallback adapter without shader-f16', async () => {
    const adapter = await navigator.gpu.requestAdapter();
    expect(adapter?.info).toMatchObject({ vendor: 'google', architecture: 'swiftshader', isFallbackAdapter: true });
    expect(adapter?.features.has('shader-f16')).toBe(false);
  });

  it('capabilities say available, fallback, no f16, with the reason', async () => {
    const caps = await detectCapabilities();
    expect(caps.webgpu).toMatchObject({ available: true, fallbackAdapter: true, shaderF16: false, reason: FALLBACK_ADAPTER_REASON });
    expect(caps.webgpu.maxBufferSize).toBeGreaterThanOrEqual(256 * 2 ** 20);
    expect(caps.hardwareConcurrency).toBe(navigator.hardwareConcurrency);
  });

  it('the catalogue picks q4f32 builds', async () => {
    const entries = catalogueFor(await detectCapabilities());
    expect(entries).toHaveLength(4);
    expect(entries.every((e) => e.quantization === 'q4f32_1' && e.modelId.includes('-q4f32_1-'))).toBe(true);
  });

  it('routing refuses WebLLM because the adapter is software, also when asked for it', async () => {
    const capabilities = await detectCapabilities();
    const auto = choosePlannerRoute({ capabilities });
    expect(auto.route).toBe('statistical');
    expect(auto.reason).toMatch(/software adapter/);
    expect(choosePlannerRoute({ capabilities, gguf: true }).route).toBe('wllama');
    const forced = choosePlannerRoute({ capabilities, override: 'webllm' });
    expect(forced.route).toBe('statistical');
    expect(forced.reason).toMatch(/^The WebGPU model was not started: WebGPU only offers a software adapter/);
  });

  it('a module worker sees the same adapter and the same capabilities', async () => {
    const report = await probeInWorker();
    expect(report.hasNavigatorGpu).toBe(true);
    expect(report.adapter).toEqual({ isFallbackAdapter: true, vendor: 'google', architecture: 'swiftshader', shaderF16: false });
    expect(report.capabilities.webgpu).toEqual(await detectCapabilities().then((c) => c.webgpu));
    expect(choosePlannerRoute({ capabilities: report.capabilities }).route).toBe('statistical');
  });
});
