import { hasRealWebGpu } from './detect-capabilities.ts';
import type { Capabilities } from './llm-types.ts';

export type PlannerRoute = 'webllm' | 'wllama' | 'statistical';

export interface PlannerRouteOptions {
  readonly capabilities: Capabilities;
  /** The user supplied a GGUF model (file or URL) wllama can run on the CPU. */
  readonly gguf?: boolean;
  /** The user's explicit choice; it wins unless this browser cannot do it. */
  readonly override?: PlannerRoute;
}

export interface PlannerRouteChoice {
  readonly route: PlannerRoute;
  /** Why, in plain words the UI can show as is. */
  readonly reason: string;
}

/**
 * Which planner runs: WebLLM on a real GPU; else wllama on the CPU when the user
 * gave a GGUF; else the statistical planner, which needs no model at all.
 */
export function choosePlannerRoute(options: PlannerRouteOptions): PlannerRouteChoice {
  const { capabilities, gguf = false, override } = options;
  const gpuOk = hasRealWebGpu(capabilities);
  const gpuProblem = capabilities.webgpu.reason ?? 'WebGPU is not usable in this browser.';
  const automatic = chooseAutomatically({ gpuOk, gpuProblem, gguf });
  if (override === undefined) return automatic;
  if (override === 'webllm' && !gpuOk) {
    return { route: automatic.route, reason: `The WebGPU model was not started: ${gpuProblem} ${automatic.reason}` };
  }
  if (override === 'wllama' && !gguf) {
    return { route: automatic.route, reason: `The CPU model was not started: choose a GGUF model file or URL first. ${automatic.reason}` };
  }
  return { route: override, reason: `${LABEL[override]} (your choice).` };
}

const LABEL: Readonly<Record<PlannerRoute, string>> = {
  webllm: 'Plans come from a language model on your GPU (WebLLM)',
  wllama: 'Plans come from your GGUF model on the CPU (wllama)',
  statistical: 'Plans come from the statistical planner (no language model)',
};

function chooseAutomatically(input: { gpuOk: boolean; gpuProblem: string; gguf: boolean }): PlannerRouteChoice {
  if (input.gpuOk) return { route: 'webllm', reason: `${LABEL.webllm}: this browser has a usable GPU.` };
  if (input.gguf) return { route: 'wllama', reason: `${LABEL.wllama}. ${input.gpuProblem}` };
  return {
    route: 'statistical',
    reason: `${LABEL.statistical}. ${input.gpuProblem} To use a language model anyway, choose a GGUF model file.`,
  };
}
