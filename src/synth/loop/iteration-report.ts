import type { Plan, Repair } from '../plan/plan.ts';
import type { PlannerUsage } from '../planner/planner.ts';

/** What one iteration did, for the progress view, the recipe and the tests. Plain JSON. */
export interface IterationReport {
  readonly iteration: number;
  readonly phase: 'add' | 'refine';
  /** Rows after the iteration. */
  readonly rows: number;
  readonly added: number;
  readonly removed: number;
  /** Records given another cell on one column by the refine phase's moves (move-step.ts); absent in add iterations. */
  readonly moved?: number;
  /** Mean TVD over the target tables at the rows wanted (the loop's objective), and per table. */
  readonly meanTvd: number;
  readonly tables: readonly { readonly table: string; readonly tvd: number }[];
  readonly planner: string;
  /** The plan as the planner wrote it (text or JSON), for the audit log and for replay. */
  readonly written: unknown;
  /** The plan after validation: what was actually sampled. */
  readonly plan: Plan;
  readonly repairs: readonly Repair[];
  /** True when the planner's plan was unusable and an open proposal was used instead. */
  readonly fallback: boolean;
  /** Records that break a user rule after this iteration (redrawing could not avoid it). */
  readonly ruleViolations: number;
  readonly usage?: PlannerUsage;
  /** Copied from the planner's reply (PlannerReply): LLM answers asked for, why another planner's plan was used, tokens per record, prompt cuts. */
  readonly attempts?: number;
  readonly fallbackReason?: string;
  readonly outputTokensPerRow?: number;
  readonly promptCuts?: readonly string[];
  readonly elapsedMs: number;
}
