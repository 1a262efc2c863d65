import { describe, expect, it } from 'vitest';
import { choosePlannerRoute } from '../../src/llm/choose-planner-route.ts';
import type { PlannerRoute } from '../../src/llm/choose-planner-route.ts';
import { FALLBACK_ADAPTER_REASON, NO_ADAPTER_REASON, NO_NAVIGATOR_GPU_REASON } from '../../src/llm/detect-capabilities.ts';
import type { Capabilities } from '../../src/llm/llm-types.ts';

const GPU: Capabilities['webgpu'] = { available: true, fallbackAdapter: false, shaderF16: true, maxBufferSize: 4 << 30 };
const SOFTWARE: Capabilities['webgpu'] = { available: true, fallbackAdapter: true, shaderF16: false, maxBufferSize: 1 << 30, reason: FALLBACK_ADAPTER_REASON };
const NO_ADAPTER: Capabilities['webgpu'] = { available: false, fallbackAdapter: false, shaderF16: false, maxBufferSize: 0, reason: NO_ADAPTER_REASON };
const NO_API: Capabilities['webgpu'] = { available: false, fallbackAdapter: false, shaderF16: false, maxBufferSize: 0, reason: NO_NAVIGATOR_GPU_REASON };

const caps = (webgpu: Capabilities['webgpu']): Capabilities => ({ webgpu, crossOriginIsolated: false, hardwareConcurrency: 4 });

interface Row {
  readonly name: string;
  readonly webgpu: Capabilities['webgpu'];
  readonly gguf?: boolean;
  readonly override?: PlannerRoute;
  readonly route: PlannerRoute;
  readonly reason: RegExp;
}

const ROWS: readonly Row[] = [
  { name: 'real GPU', webgpu: GPU, route: 'webllm', reason: /GPU \(WebLLM\): this browser has a usable GPU/ },
  { name: 'real GPU, GGUF given too', webgpu: GPU, gguf: true, route: 'webllm', reason: /WebLLM/ },
  { name: 'software adapter', webgpu: SOFTWARE, route: 'statistical', reason: /software adapter.*choose a GGUF model file/ },
  { name: 'software adapter + GGUF', webgpu: SOFTWARE, gguf: true, route: 'wllama', reason: /GGUF model on the CPU.*software adapter/ },
  { name: 'no adapter', webgpu: NO_ADAPTER, route: 'statistical', reason: /found no usable GPU/ },
  { name: 'no navigator.gpu + GGUF', webgpu: NO_API, gguf: true, route: 'wllama', reason: /has no WebGPU/ },
  { name: 'override statistical on a GPU', webgpu: GPU, override: 'statistical', route: 'statistical', reason: /statistical planner.*your choice/ },
  { name: 'override wllama on a GPU with GGUF', webgpu: GPU, gguf: true, override: 'wllama', route: 'wllama', reason: /your choice/ },
  { name: 'override webllm on a GPU', webgpu: GPU, override: 'webllm', route: 'webllm', reason: /your choice/ },
  {
    name: 'override webllm, software adapter',
    webgpu: SOFTWARE,
    override: 'webllm',
    route: 'statistical',
    reason: /^The WebGPU model was not started: .*software adapter/,
  },
  { name: 'override webllm, no GPU, GGUF', webgpu: NO_API, gguf: true, override: 'webllm', route: 'wllama', reason: /not started: This browser has no WebGPU/ },
  { name: 'override wllama without a GGUF', webgpu: GPU, override: 'wllama', route: 'webllm', reason: /CPU model was not started: choose a GGUF/ },
];

describe('choosePlannerRoute', () => {
  it.each(ROWS)('$name → $route', ({ webgpu, gguf, override, route, reason }) => {
    const choice = choosePlannerRoute({ capabilities: caps(webgpu), gguf, override });
    expect(choice.route).toBe(route);
    expect(choice.reason).toMatch(reason);
  });

  it('never routes to WebLLM without a real GPU, whatever else is asked', () => {
    for (const webgpu of [SOFTWARE, NO_ADAPTER, NO_API]) {
      for (const override of [undefined, 'webllm', 'wllama', 'statistical'] as const) {
        for (const gguf of [false, true]) {
          expect(choosePlannerRoute({ capabilities: caps(webgpu), gguf, override }).route).not.toBe('webllm');
        }
      }
    }
  });
});
