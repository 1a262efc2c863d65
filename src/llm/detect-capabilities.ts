import type { Capabilities } from './llm-types.ts';

type WebGpuCapabilities = Capabilities['webgpu'];

/** What the global scope offers; `gpu` is optional because many browsers still lack it. */
interface ScopeNavigator {
  readonly gpu?: GPU;
  readonly hardwareConcurrency?: number;
}

const NO_WEBGPU = { available: false, fallbackAdapter: false, shaderF16: false, maxBufferSize: 0 } as const;

export const NO_NAVIGATOR_GPU_REASON = 'This browser has no WebGPU: use a recent Chrome or Edge (or a browser with WebGPU turned on) to run an LLM on the GPU.';
export const NO_ADAPTER_REASON =
  'This browser has WebGPU but found no usable GPU: it may be blocked or turned off; check the browser and graphics driver settings.';
export const FALLBACK_ADAPTER_REASON =
  'WebGPU only offers a software adapter (no real GPU): it works but is far too slow for an LLM; use a machine with a GPU.';

/**
 * Reads what this browser offers an LLM runtime. Works on the main thread and
 * inside workers (both have `navigator.gpu` where WebGPU exists); never throws.
 */
export async function detectCapabilities(): Promise<Capabilities> {
  const scope = globalThis as { navigator?: ScopeNavigator; crossOriginIsolated?: boolean };
  return {
    webgpu: await detectWebGpu(scope.navigator?.gpu),
    crossOriginIsolated: scope.crossOriginIsolated === true,
    hardwareConcurrency: scope.navigator?.hardwareConcurrency ?? 1,
  };
}

/** True when WebGPU runs on a real GPU: the only case where WebLLM is worth loading. */
export function hasRealWebGpu(capabilities: Capabilities): boolean {
  return capabilities.webgpu.available && !capabilities.webgpu.fallbackAdapter;
}

async function detectWebGpu(gpu: GPU | undefined): Promise<WebGpuCapabilities> {
  if (!gpu) return { ...NO_WEBGPU, reason: NO_NAVIGATOR_GPU_REASON };
  let adapter: GPUAdapter | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (e) {
    return { ...NO_WEBGPU, reason: `${NO_ADAPTER_REASON} (requestAdapter failed: ${String(e)})` };
  }
  if (!adapter) return { ...NO_WEBGPU, reason: NO_ADAPTER_REASON };
  const fallbackAdapter = isFallbackAdapter(adapter);
  return {
    available: true,
    fallbackAdapter,
    shaderF16: adapter.features.has('shader-f16'),
    maxBufferSize: adapter.limits.maxBufferSize,
    ...(fallbackAdapter ? { reason: FALLBACK_ADAPTER_REASON } : {}),
  };
}

/** `info.isFallbackAdapter` is current; older Chromium only had the deprecated adapter field. */
function isFallbackAdapter(adapter: GPUAdapter): boolean {
  const legacy = (adapter as { isFallbackAdapter?: boolean }).isFallbackAdapter;
  return adapter.info?.isFallbackAdapter ?? legacy ?? false;
}
