/// <reference lib="webworker" />
import { detectCapabilities } from '../../src/llm/detect-capabilities.ts';

// Reports what a worker sees of WebGPU: the raw adapter facts and our capabilities.
const gpu = (self.navigator as { gpu?: GPU }).gpu;
const adapter = await gpu?.requestAdapter();
self.postMessage({
  hasNavigatorGpu: gpu !== undefined,
  adapter: adapter && {
    isFallbackAdapter: adapter.info.isFallbackAdapter,
    vendor: adapter.info.vendor,
    architecture: adapter.info.architecture,
    shaderF16: adapter.features.has('shader-f16'),
  },
  capabilities: await detectCapabilities(),
});
