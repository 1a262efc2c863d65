import type { Dataset } from '../../stats/dataset.ts';
import { gapReport } from '../../stats/gaps/gap-report.ts';
import type { Table } from '../../stats/tables/table.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { finalizeDataset } from '../engine/finalize-dataset.ts';
import { MoveSearch } from '../engine/move-search.ts';
import { RecordSampler } from '../engine/record-sampler.ts';
import { RecordStore } from '../engine/record-store.ts';
import { tableLayouts } from '../engine/table-layout.ts';
import { TableCounts } from '../engine/table-counts.ts';
import { topDeficits } from '../engine/top-deficits.ts';
import type { Plan } from '../plan/plan.ts';
import { validatePlan } from '../plan/validate/validate-plan.ts';
import type { Planner } from '../planner/planner.ts';
import { createRng, rngFromState } from '../rng.ts';
import { compileRules, type CompiledRule } from '../rules/compile-rules.ts';
import { countViolations } from './draw-record.ts';
import { addStep } from './add-step.ts';
import type { IterationReport } from './iteration-report.ts';
import { resolveLoopOptions, type LoopOptions } from './loop-options.ts';
import { moveStep } from './move-step.ts';
import { refineStep } from './refine-step.ts';
import type { RunCheckpoint } from './run-checkpoint.ts';
import type { LoopState } from './loop-state.ts';

/** Refine candidates drawn per swap the last iteration made, and the fewest drawn. */
const REFINE_CANDIDATES_PER_SWAP = 8;
const REFINE_MIN_CANDIDATES = 1024;

/**
 * Refine iterations that lower the mean TVD by less than this share of it count as no progress. Once the
 * first refine iteration's moves have repaired the bulk, later ones gain 0.1–0.3% each: on 1M Adult-like
 * rows, 44 more iterations took the mean TVD from 0.0047 to 0.0044 (below the 0.0050 a fresh sample of
 * that size would show) and cost 10 s; at 10k rows the run now stops at 0.0205 instead of 0.0193.
 */
const MIN_PROGRESS = 5e-3;

/**
 * One synthesis run (LLMSynthor §3.3 plus a refine phase): call `step()` until
 * it returns null. Between steps the run can be paused (just stop calling),
 * checkpointed and resumed, or finished early with `finish()` — which still
 * ends with exactly the rows wanted.
 */
export class SynthesisRun {
  readonly history: IterationReport[];
  readonly #state: LoopState;
  readonly #planner: Planner;
  readonly #now: () => number;
  #iteration: number;
  #stalled: number;
  #done: boolean;

  constructor(options: {
    targets: Targets;
    planner: Planner;
    loop: LoopOptions;
    checkpoint?: RunCheckpoint;
    now?: () => number;
    /** Rules built in code rather than written as text (the member rules of related tables, count-rules.ts). */
    extraRules?: readonly CompiledRule[];
  }) {
    const { targets, planner, checkpoint } = options;
    const loop = resolveLoopOptions(checkpoint?.options ?? options.loop);
    const layouts = tableLayouts(targets);
    const sampler = new RecordSampler({ targets, layouts });
    const store = checkpoint ? RecordStore.fromState(sampler.numeric, checkpoint.store) : new RecordStore(sampler.numeric);
    const counts = new TableCounts({ targets, layouts, rows: loop.rows });
    const cells = new Int32Array(sampler.axisCount);
    const flats = new Int32Array(counts.tableCount);
    for (let r = 0; r < store.length; r++) {
      store.cellsOf(r, cells);
      counts.flats(cells, flats);
      counts.add(flats, 1);
    }
    const rng = checkpoint ? rngFromState(checkpoint.rng) : createRng(loop.seed);
    const moves = new MoveSearch(counts.flatCells);
    this.#state = { targets, options: loop, rng, store, counts, sampler, moves, rules: [...compileRules(loop.rules, targets), ...(options.extraRules ?? [])] };
    this.#planner = planner;
    this.#now = options.now ?? (() => performance.now());
    this.#iteration = checkpoint?.iteration ?? 0;
    this.#stalled = checkpoint?.stalled ?? 0;
    this.#done = checkpoint?.done ?? false;
    this.history = [...(checkpoint?.history ?? [])];
  }

  get done(): boolean {
    return this.#done;
  }

  get rows(): number {
    return this.#state.store.length;
  }

  /** Runs one iteration; null once the run is done. */
  async step(signal?: AbortSignal): Promise<IterationReport | null> {
    if (this.#done) return null;
    const { targets, options, store, counts } = this.#state;
    const started = this.#now();
    // Counted once the planner has answered: a planner that throws leaves the run as it was.
    const iteration = this.#iteration + 1;
    const phase = store.length < options.rows ? 'add' : 'refine';
    const budget =
      phase === 'add'
        ? Math.min(options.rows - store.length, Math.max(Math.ceil((options.rows - store.length) * options.addShare), Math.ceil(options.rows / 100)))
        : refineBudget(options, this.history.at(-1));
    const gaps = gapReport({ targets: targets.tables, synthetic: counts.tables, rows: options.rows });
    const deficits = topDeficits({ targets, counts, limit: 4 * options.proposalsPerIteration });
    const reply = await this.#planner.propose(
      { targets, gaps, deficits, phase, iteration, rows: options.rows, current: store.length, budget, maxProposals: options.proposalsPerIteration },
      signal,
    );
    this.#iteration = iteration;
    const { plan: validated, repairs } = validatePlan(reply.plan, { targets, maxProposals: options.proposalsPerIteration, maxCount: budget });
    // An unusable plan must not stall the run: draw the budget from the targets' own conditionals instead.
    const fallback = validated.proposals.length === 0;
    const plan: Plan = fallback ? { proposals: [{ constraints: [], count: budget }], reason: 'planner gave no usable proposal' } : validated;
    let added: number;
    let removed = 0;
    let moved: number | undefined;
    if (phase === 'add') added = addStep(this.#state, plan);
    else {
      added = removed = refineStep(this.#state, plan);
      const count = moveWindow(options, this.history.at(-1), budget);
      moved = moveStep(this.#state, { first: count < store.length ? this.#state.rng.int(store.length) : 0, count });
    }
    // The last iteration allowed: fill what is missing now, so the report describes the final data.
    if (iteration >= options.maxIterations) added += this.#fill();
    const before = this.history.at(-1)?.meanTvd ?? Infinity;
    const meanTvd = counts.objective(options.rows);
    if (phase === 'refine') this.#stalled = meanTvd < before * (1 - MIN_PROGRESS) ? 0 : this.#stalled + 1;
    const report: IterationReport = {
      iteration,
      phase,
      rows: store.length,
      added,
      removed,
      ...(moved !== undefined ? { moved } : {}),
      meanTvd,
      tables: gapReport({ targets: targets.tables, synthetic: counts.tables, top: 0 }).tables,
      planner: reply.by ?? this.#planner.name,
      written: reply.plan,
      plan,
      repairs,
      fallback,
      ruleViolations: countViolations(this.#state),
      ...(reply.usage ? { usage: reply.usage } : {}),
      ...(reply.attempts !== undefined ? { attempts: reply.attempts } : {}),
      ...(reply.fallbackReason !== undefined ? { fallbackReason: reply.fallbackReason } : {}),
      ...(reply.outputTokensPerRow !== undefined ? { outputTokensPerRow: reply.outputTokensPerRow } : {}),
      ...(reply.promptCuts?.length ? { promptCuts: reply.promptCuts } : {}),
      elapsedMs: this.#now() - started,
    };
    this.history.push(report);
    const full = store.length === options.rows;
    if (iteration >= options.maxIterations || (full && (meanTvd <= options.tolerance || this.#stalled >= options.patience))) this.#done = true;
    return report;
  }

  /**
   * The records counted into each target table, as they stand (a copy): the same counts as the result's
   * rows counted afresh (a numeric value lies in its record's bin), kept current as the run went.
   */
  counted(): Table[] {
    return this.#state.counts.tables.map((t) => ({ axes: t.axes, shape: t.shape, counts: t.counts.slice(), total: t.total }));
  }

  /** Ends the run now; rows still missing are drawn from the targets' conditionals so the count is exact. */
  finish(): void {
    this.#fill();
    this.#done = true;
  }

  #fill(): number {
    const { options, store } = this.#state;
    const missing = options.rows - store.length;
    return missing > 0 ? addStep(this.#state, { proposals: [{ constraints: [], count: missing }] }) : 0;
  }

  result(): Dataset {
    return finalizeDataset({ targets: this.#state.targets, store: this.#state.store });
  }

  checkpoint(): RunCheckpoint {
    return {
      format: 'synthor-checkpoint',
      version: 1,
      options: this.#state.options,
      iteration: this.#iteration,
      stalled: this.#stalled,
      done: this.#done,
      rng: this.#state.rng.state(),
      store: this.#state.store.state(),
      history: this.history,
    };
  }
}

/**
 * Candidates a refine iteration asks for: a share of the rows at first, then
 * a few times the swaps the last iteration made (enough to choose from, never
 * more than the share), so late iterations that move a few dozen records no
 * longer draw and score thousands.
 */
function refineBudget(options: { rows: number; refineShare: number }, last: IterationReport | undefined): number {
  const most = Math.max(1, Math.ceil(options.rows * options.refineShare));
  if (!last || last.phase !== 'refine') return most;
  const least = Math.min(most, Math.max(REFINE_MIN_CANDIDATES, Math.ceil(options.rows / 1000)));
  return Math.min(most, Math.max(least, REFINE_CANDIDATES_PER_SWAP * last.removed));
}

/**
 * Records the refine phase's moves look at: every record on its first
 * iteration, where most of the repair happens, then as many as the
 * iteration's candidates, so late iterations stay cheap.
 */
function moveWindow(options: { rows: number }, last: IterationReport | undefined, budget: number): number {
  return last?.phase === 'refine' ? budget : options.rows;
}
