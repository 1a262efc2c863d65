import type { Dataset } from '../stats/dataset.ts';
import { csvByteBlocks } from '../stats/export/write-csv.ts';
import { relabelPooled } from '../stats/export/pooled-label.ts';
import { dropCopies } from '../stats/privacy/drop-copies.ts';
import type { Targets } from '../stats/tables/targets.ts';
import type { ChunkSpec } from '../synth/chunk-specs.ts';
import type { LoopOptions } from '../synth/loop/loop-options.ts';
import type { Planner } from '../synth/planner/planner.ts';
import { RecordedPlanner } from '../synth/recipe/recorded-planner.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import { synthesize } from '../synth/synthesize.ts';
import { withDerived } from './derive-option.ts';

/** What every chunk of one run shares: sent once to each worker. */
export interface ChunkContext {
  readonly command: string;
  readonly targets: Targets;
  /** The loop's options apart from the rows and seed, which each chunk has its own of. */
  readonly loop: Omit<LoopOptions, 'rows' | 'seed'>;
  /** The input rows, when --drop-copies asks for rows identical to one to be dropped. */
  readonly training?: Dataset;
  readonly otherLabel: string;
  readonly derives: readonly string[];
}

/** One chunk to make; `plans` replays a recipe's chunk instead of asking the statistical planner. */
export interface ChunkJob {
  readonly spec: ChunkSpec;
  readonly plans?: readonly unknown[];
}

/** A chunk made and written to CSV, with what the caller needs for its summary and recipe. */
export interface ChunkResult {
  readonly index: number;
  readonly seed: number;
  /** Rows made, and rows written after --drop-copies. */
  readonly rows: number;
  readonly written: number;
  readonly dropped: number;
  readonly iterations: number;
  readonly elapsedMs: number;
  /** This chunk's last mean TVD against the targets. */
  readonly meanTvd: number;
  /** Its records that still break a rule (`--rules`). */
  readonly ruleViolations: number;
  /** The chunk's rows counted into each target table (cells as in the targets). */
  readonly counts: readonly Float64Array[];
  /** The CSV bytes, in blocks of whole lines; chunk 0's start with the header. */
  readonly csv: readonly Uint8Array[];
  /** Every plan as the planner wrote it, for a recipe. */
  readonly plans: readonly unknown[];
}

/**
 * Makes one chunk from start to CSV: the run, then what `generate` does to
 * its rows before writing (drop copies, the pooled label, derived columns).
 * The same code runs in a worker or in the command's own thread, so a chunk's
 * bytes do not depend on where it was made. `planner` is for planners that
 * cannot cross to a worker (an LLM); absent, the job's plans or the
 * statistical planner.
 */
export async function runChunkJob(context: ChunkContext, job: ChunkJob, planner?: Planner): Promise<ChunkResult> {
  const { targets, training, command } = context;
  const { spec } = job;
  const chosen = planner ?? (job.plans ? new RecordedPlanner(job.plans, 'recipe') : new StatisticalPlanner());
  const run = await synthesize({ targets, ...context.loop, rows: spec.rows, seed: spec.seed, planner: chosen });
  // The run kept its records counted into the target tables: no second pass over the rows.
  const counts = run.tables.map((t) => t.counts);
  const kept = training ? dropCopies({ training, synthetic: run.dataset }) : undefined;
  const rows = relabelPooled(kept?.dataset ?? run.dataset, { targets, label: context.otherLabel });
  const derived = await withDerived(rows, { texts: context.derives, seed: spec.seed, command });
  const csv = [...csvByteBlocks(derived)];
  // One header for the whole file, from chunk 0.
  if (spec.index > 0) csv.shift();
  return {
    index: spec.index,
    seed: spec.seed,
    rows: run.dataset.rowCount,
    written: derived.rowCount,
    dropped: kept?.dropped ?? 0,
    iterations: run.iterations,
    elapsedMs: run.elapsedMs,
    meanTvd: run.history.at(-1)?.meanTvd ?? 0,
    ruleViolations: run.history.at(-1)?.ruleViolations ?? 0,
    counts,
    csv,
    plans: run.history.map((r) => r.written),
  };
}
