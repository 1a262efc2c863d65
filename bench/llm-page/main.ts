import * as Comlink from 'comlink';
import type { AuditEntry } from '../../src/synth/audit/audit-entry.ts';
import { SetupState } from '../../src/ui/setup-state.svelte.ts';
import { createLlmClient } from '../../src/workers/llm-client.ts';
import { createSynthClient } from '../../src/workers/synth-client.ts';
import { llmBudgetFor, type PlannerChoice } from '../../src/workers/synth-api.ts';
import type { WorkerResult } from '../../src/workers/worker-error.ts';

/**
 * The bench page of `npm run bench -- llm` (bench/llm-browser.ts calls
 * `window.llmBench`): the app's two workers wired as the app wires them (the
 * synth worker calls the llm worker through its own port), a GGUF loaded into
 * wllama at a context the bench chooses, and runs set up as the app's setup
 * form sets them (SetupState defaults), planned by the statistical planner or
 * by the model under the setup's budget (llmBudgetFor, as the app's LlmState.choice).
 */

export interface PageRun {
  /** From `setup` to the end of `start` (the run; the report is not computed). */
  readonly ms: number;
  readonly csv: string;
  readonly audit: readonly AuditEntry[];
  readonly plans: readonly unknown[];
}

const synth = createSynthClient();
const llm = createLlmClient();
let model: { modelId: string } | null = null;

function value<T>(result: WorkerResult<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
  return result.value;
}

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

const llmBench = {
  async loadModel(options: { name: string; base64: string; contextLength: number }) {
    const port = llm.port();
    await synth.api.connectLlm(Comlink.transfer(port, [port]));
    const capabilities = await llm.api.capabilities();
    const blob = new Blob([bytesOf(options.base64)]);
    const started = performance.now();
    const loaded = await llm.api.load({ backend: 'wllama', source: { kind: 'blob', blob, name: options.name }, contextLength: options.contextLength });
    if (!loaded.ok) throw new Error(`load ${options.name}: ${loaded.error.message}`);
    model = { modelId: loaded.value.modelId };
    return { ms: performance.now() - started, contextLength: loaded.value.contextLength, capabilities };
  },
  async loadData(options: { name: string; text: string }): Promise<number> {
    return value(await synth.api.loadFile({ name: options.name, bytes: new TextEncoder().encode(options.text) }), 'load data').rowCount;
  },
  async run(options: { rows: number; seed: number; planner: 'statistical' | 'llm'; contextTokens: number }): Promise<PageRun> {
    const setup = new SetupState();
    setup.rows = options.rows;
    setup.seed = options.seed;
    if (options.planner === 'llm' && !model) throw new Error('run: no model loaded');
    const planner: PlannerChoice =
      options.planner === 'llm' && model
        ? { kind: 'llm', modelId: model.modelId, contextTokens: options.contextTokens, budget: llmBudgetFor(setup.llmPlans) }
        : { kind: 'statistical' };
    const started = performance.now();
    value(await synth.api.setup({ ...setup.options(), planner }), 'setup');
    value(await synth.api.start(Comlink.proxy(() => {})), 'run');
    const ms = performance.now() - started;
    const csv = await value(await synth.api.exportCsv(), 'CSV').text();
    const audit = value(await synth.api.audit(), 'audit log');
    const recipe = JSON.parse(value(await synth.api.exportRecipe(), 'recipe')) as { plans: unknown[] };
    return { ms, csv, audit, plans: recipe.plans };
  },
};

export type LlmBenchPage = typeof llmBench;
(globalThis as { llmBench?: LlmBenchPage }).llmBench = llmBench;
