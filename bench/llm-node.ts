import { openGguf } from '../src/cli/gguf-generate.ts';
import { LlmPlanner } from '../src/llm/llm-planner.ts';
import type { Dataset } from '../src/stats/dataset.ts';
import { buildTargets } from '../src/stats/tables/build-targets.ts';
import { HandoverPlanner } from '../src/synth/planner/handover-planner.ts';
import { DEFAULT_LLM_BUDGET } from '../src/synth/planner/llm-budget.ts';
import { StatisticalPlanner } from '../src/synth/planner/statistical-planner.ts';
import { synthesize } from '../src/synth/synthesize.ts';
import { tinyGgufFile } from '../test/llm/tiny-gguf-file.ts';
import { pairTrends, type LlmRow } from './llm-row.ts';

/** The tiny model's context: its vocabulary is mostly single characters. */
const TINY_CONTEXT = 16_384;

/** The node half of `npm run bench -- llm`'s runs, beyond the common columns: the time inside the model. */
export interface NodeLlmRow extends LlmRow {
  readonly llmMs: number;
}

/**
 * The LLM planner under the default budget with node-llama-cpp running the
 * tiny GGUF (one thread), on targets built from all of `real`, at each row
 * count, beside the statistical planner on the same targets and seed.
 */
export async function nodeLlmRuns(options: { real: Dataset; sizes: readonly number[]; seed: number; say: (s: string) => void }): Promise<NodeLlmRow[]> {
  const { real, sizes, seed, say } = options;
  const targets = buildTargets(real);
  const file = tinyGgufFile(TINY_CONTEXT);
  const model = await openGguf(file.path, { contextTokens: TINY_CONTEXT, threads: 1 });
  const results: NodeLlmRow[] = [];
  try {
    for (const rows of sizes) {
      say(`node: ${rows.toLocaleString('en')} rows, statistical planner …`);
      let started = performance.now();
      const statistical = await synthesize({ targets, rows, seed, planner: new StatisticalPlanner() });
      const runMsStatistical = performance.now() - started;
      say(`node: ${rows.toLocaleString('en')} rows, LLM planner (tiny GGUF, default budget) …`);
      let llmMs = 0;
      const timed: typeof model.generate = async (request) => {
        const asked = performance.now();
        const result = await model.generate(request);
        llmMs += performance.now() - asked;
        return result;
      };
      const llm = new LlmPlanner({ generate: timed, modelId: 'tiny.gguf', seed, contextTokens: 4096 });
      const planner = new HandoverPlanner({ lead: llm, rest: new StatisticalPlanner(), budget: DEFAULT_LLM_BUDGET });
      started = performance.now();
      const run = await synthesize({ targets, rows, seed, planner });
      const runMs = performance.now() - started;
      const stats = llm.stats();
      results.push({
        rows,
        calls: stats.calls,
        plans: planner.usage().plans,
        promptTokens: stats.promptTokens,
        outputTokens: stats.completionTokens,
        promptTokensPerRow: stats.promptTokens / rows,
        outputTokensPerRow: stats.completionTokens / rows,
        invalidOutputs: stats.invalidOutputs,
        fallbacks: stats.fallbacks,
        runMs,
        runMsStatistical,
        llmMs,
        pairTrends: pairTrends(real, run.dataset),
        pairTrendsStatistical: pairTrends(real, statistical.dataset),
      });
    }
  } finally {
    await model.close();
    file.remove();
  }
  return results;
}
