import { readFileSync } from 'node:fs';
import { openGguf } from '../src/cli/gguf-generate.ts';
import { formatTable } from '../src/cli/format-table.ts';
import { LlmPlanner } from '../src/llm/llm-planner.ts';
import type { Dataset } from '../src/stats/dataset.ts';
import { loadDataset } from '../src/stats/ingest/load-dataset.ts';
import { qualityReport } from '../src/stats/metrics/quality-report.ts';
import { buildTargets } from '../src/stats/tables/build-targets.ts';
import { HandoverPlanner } from '../src/synth/planner/handover-planner.ts';
import { DEFAULT_LLM_BUDGET } from '../src/synth/planner/llm-budget.ts';
import { StatisticalPlanner } from '../src/synth/planner/statistical-planner.ts';
import { synthesize } from '../src/synth/synthesize.ts';
import { tinyGgufFile } from '../test/llm/tiny-gguf-file.ts';
import { writeResults } from './write-results.ts';

const SEED = 1;
const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const ADULT = new URL('./data/adult/train.csv', import.meta.url).pathname;
/** The tiny model's context: its vocabulary is mostly single characters. */
const TINY_CONTEXT = 16_384;
const say = (s: string) => process.stderr.write(s + '\n');

interface LlmRow {
  readonly rows: number;
  readonly calls: number;
  readonly plans: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  readonly outputTokensPerRow: number;
  readonly invalidOutputs: number;
  readonly fallbacks: number;
  readonly llmMs: number;
  /** Column Pair Trends (SDMetrics) of the run's rows against the real table, and of the statistical planner's on the same targets and seed. */
  readonly pairTrends: number;
  readonly pairTrendsStatistical: number;
}

/**
 * `npm run bench -- llm [--rows 1000,10000,100000]`: what the LLM planner
 * costs under the default budget (DEFAULT_LLM_BUDGET) on Adult's training
 * rows, with a real llama.cpp runtime (node-llama-cpp running the tiny GGUF
 * the tests build, one thread): calls, prompt and output tokens per run and
 * per synthetic row, invalid outputs, and Column Pair Trends beside the
 * statistical planner on the same targets and seed. The tiny model writes
 * noise: what is measured is the cost and that fidelity holds, not the
 * quality of its choices. Reports; asserts nothing.
 */
export async function llmBench(argv: string[]): Promise<void> {
  const flag = argv.indexOf('--rows');
  const sizes = flag >= 0 ? argv[flag + 1].split(',').map(Number) : DEFAULT_SIZES;
  if (!sizes.every((n) => Number.isInteger(n) && n > 0))
    throw new RangeError(`bench: --rows must be positive integers separated by commas, got ${argv[flag + 1]}`);
  const real = (await loadDataset({ name: 'adult/train.csv', bytes: readFileSync(ADULT) })).dataset;
  const targets = buildTargets(real);
  const file = tinyGgufFile(TINY_CONTEXT);
  const model = await openGguf(file.path, { contextTokens: TINY_CONTEXT, threads: 1 });
  const results: LlmRow[] = [];
  try {
    for (const rows of sizes) {
      say(`adult: ${rows.toLocaleString('en')} rows, statistical planner …`);
      const statistical = await synthesize({ targets, rows, seed: SEED, planner: new StatisticalPlanner() });
      say(`adult: ${rows.toLocaleString('en')} rows, LLM planner (tiny GGUF, default budget) …`);
      let llmMs = 0;
      const timed: typeof model.generate = async (request) => {
        const started = performance.now();
        const result = await model.generate(request);
        llmMs += performance.now() - started;
        return result;
      };
      const llm = new LlmPlanner({ generate: timed, modelId: 'tiny.gguf', seed: SEED, contextTokens: 4096 });
      const planner = new HandoverPlanner({ lead: llm, rest: new StatisticalPlanner(), budget: DEFAULT_LLM_BUDGET });
      const run = await synthesize({ targets, rows, seed: SEED, planner });
      const used = planner.usage();
      const stats = llm.stats();
      results.push({
        rows,
        calls: stats.calls,
        plans: used.plans,
        promptTokens: stats.promptTokens,
        outputTokens: stats.completionTokens,
        outputTokensPerRow: stats.completionTokens / rows,
        invalidOutputs: stats.invalidOutputs,
        fallbacks: stats.fallbacks,
        llmMs,
        pairTrends: pairTrends(real, run.dataset),
        pairTrendsStatistical: pairTrends(real, statistical.dataset),
      });
    }
  } finally {
    await model.close();
    file.remove();
  }
  const f = (n: number, d: number) => n.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
  const header = ['rows', 'calls', 'plans', 'prompt tok', 'output tok', 'out tok/row', 'invalid', 'fallbacks', 'model s', 'CPT llm', 'CPT stat', 'diff'];
  const table = results.map((r) => [
    f(r.rows, 0),
    String(r.calls),
    String(r.plans),
    f(r.promptTokens, 0),
    f(r.outputTokens, 0),
    f(r.outputTokensPerRow, 3),
    String(r.invalidOutputs),
    String(r.fallbacks),
    f(r.llmMs / 1000, 1),
    f(r.pairTrends, 4),
    f(r.pairTrendsStatistical, 4),
    f(r.pairTrends - r.pairTrendsStatistical, 4),
  ]);
  process.stdout.write(formatTable(header, table) + '\n');
  say(
    `wrote ${writeResults({ name: 'llm', data: { seed: SEED, model: 'tiny GGUF (scripts/tiny-gguf.ts), node-llama-cpp, 1 thread', budget: DEFAULT_LLM_BUDGET, results } })}`,
  );
}

function pairTrends(real: Dataset, synthetic: Dataset): number {
  return qualityReport(real, synthetic).columnPairTrends.score;
}
