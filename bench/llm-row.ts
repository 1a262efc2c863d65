import { formatTable } from '../src/cli/format-table.ts';
import type { Dataset } from '../src/stats/dataset.ts';
import { qualityReport } from '../src/stats/metrics/quality-report.ts';

/** One LLM bench run (one row count, one runtime) beside the statistical planner's on the same data and seed. */
export interface LlmRow {
  readonly rows: number;
  readonly calls: number;
  readonly plans: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  readonly promptTokensPerRow: number;
  readonly outputTokensPerRow: number;
  /** Answers the planner could not use; their share of the calls is the invalid-output rate. */
  readonly invalidOutputs: number;
  readonly fallbacks: number;
  /** Wall time of the run with the LLM planner, and of the statistical planner's (node: `synthesize` on targets built once; browser: the synth worker's setup, targets included, and run). */
  readonly runMs: number;
  readonly runMsStatistical: number;
  /** Column Pair Trends (SDMetrics) of the run's rows against the real table, and of the statistical planner's. */
  readonly pairTrends: number;
  readonly pairTrendsStatistical: number;
}

export function pairTrends(real: Dataset, synthetic: Dataset): number {
  return qualityReport(real, synthetic).columnPairTrends.score;
}

/** The rows as a text table, for the terminal. */
export function llmTable(results: readonly LlmRow[]): string {
  const f = (n: number, d: number) => n.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
  const header = [
    'rows',
    'calls',
    'plans',
    'prompt tok',
    'output tok',
    'out tok/row',
    'invalid',
    'fallbacks',
    'run s',
    'stat run s',
    'CPT llm',
    'CPT stat',
    'diff',
  ];
  const table = results.map((r) => [
    f(r.rows, 0),
    String(r.calls),
    String(r.plans),
    f(r.promptTokens, 0),
    f(r.outputTokens, 0),
    f(r.outputTokensPerRow, 3),
    `${r.invalidOutputs} (${f(r.calls > 0 ? (100 * r.invalidOutputs) / r.calls : 0, 0)}%)`,
    String(r.fallbacks),
    f(r.runMs / 1000, 1),
    f(r.runMsStatistical / 1000, 1),
    f(r.pairTrends, 4),
    f(r.pairTrendsStatistical, 4),
    f(r.pairTrends - r.pairTrendsStatistical, 4),
  ]);
  return formatTable(header, table);
}
