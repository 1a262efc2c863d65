import type { Dataset } from '../stats/dataset.ts';
import type { Table } from '../stats/tables/table.ts';
import type { Targets } from '../stats/tables/targets.ts';
import type { IterationReport } from './loop/iteration-report.ts';
import type { LoopOptions } from './loop/loop-options.ts';
import { SynthesisRun } from './loop/synthesis-run.ts';
import type { Planner } from './planner/planner.ts';
import type { CompiledRule } from './rules/compile-rules.ts';
import { StatisticalPlanner } from './planner/statistical-planner.ts';

export interface SynthesizeOptions extends Omit<LoopOptions, 'rows' | 'seed'> {
  readonly targets: Targets;
  readonly rows: number;
  readonly seed: number;
  /** The statistical planner when absent. */
  readonly planner?: Planner;
  readonly onIteration?: (report: IterationReport) => void;
  readonly signal?: AbortSignal;
  /** Rules built in code (related tables' member rules), kept like the text rules. */
  readonly extraRules?: readonly CompiledRule[];
}

/** A whole run from targets to exactly `rows` synthetic records, and those records counted into the target tables. */
export async function synthesize(
  options: SynthesizeOptions,
): Promise<{ dataset: Dataset; iterations: number; elapsedMs: number; history: IterationReport[]; tables: Table[] }> {
  const { targets, planner = new StatisticalPlanner(), onIteration, signal, extraRules, ...loop } = options;
  const started = performance.now();
  const run = new SynthesisRun({ targets, planner, loop, ...(extraRules ? { extraRules } : {}) });
  for (;;) {
    if (signal?.aborted) {
      run.finish();
      break;
    }
    const report = await run.step(signal);
    if (!report) break;
    onIteration?.(report);
  }
  return { dataset: run.result(), iterations: run.history.length, elapsedMs: performance.now() - started, history: run.history, tables: run.counted() };
}
