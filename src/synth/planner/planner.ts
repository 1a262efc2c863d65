import type { CellGap } from '../../stats/gaps/cell-gap.ts';
import type { GapReport } from '../../stats/gaps/gap-report.ts';
import type { Schema } from '../../stats/schema.ts';
import type { Targets } from '../../stats/tables/targets.ts';

/**
 * The Planner port (docs/architecture.md "Core types"): the loop asks a planner for
 * column groups once, then for a plan every iteration. Implementations: the
 * statistical planner, the LLM planner, and scripted fakes in tests. Whatever
 * a planner returns is validated by the loop (validatePlan) before use.
 */

export interface Guidance {
  readonly targets: Targets;
  readonly gaps: GapReport;
  /** The cells lacking most records at the rows wanted, largest deficit first, across all tables. */
  readonly deficits: readonly CellGap[];
  /** "add" while the data grows to `rows`; "refine" once it has them (records get replaced). */
  readonly phase: 'add' | 'refine';
  readonly iteration: number;
  /** Rows wanted, rows now. */
  readonly rows: number;
  readonly current: number;
  /** How many records this plan should propose in all. */
  readonly budget: number;
  readonly maxProposals: number;
}

export interface PlannerUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
}

export interface PlannerReply {
  /** The plan as the planner wrote it: JSON text or a parsed value. */
  readonly plan: unknown;
  readonly usage?: PlannerUsage;
  /** LLM planners: answers asked for this iteration (2 after a retry). */
  readonly attempts?: number;
  /** Plain words when the planner's own answer was unusable and another planner's plan is returned instead. */
  readonly fallbackReason?: string;
  /** LLM planners: completion tokens spent per record the plan asks for. */
  readonly outputTokensPerRow?: number;
  /** Parts of the prompt left out to fit the model's context ("Island: 47 of 52 categories left out"). */
  readonly promptCuts?: readonly string[];
  /** LLM planners: the model could not be asked at all (a runtime error such as an unreachable server, not a bad answer). */
  readonly modelUnavailable?: boolean;
  /** The planner that wrote this plan, when a planner hands some iterations to another (HandoverPlanner); else the planner's name. */
  readonly by?: string;
}

/** What a planner may see to suggest joint tables: names, kinds, categories and ranges — never rows. */
export interface StructureSummary {
  readonly schema: Schema;
  readonly columns: readonly { readonly name: string; readonly kind: string; readonly labels: readonly string[] }[];
  readonly maxGroups: number;
}

export interface Planner {
  readonly name: string;
  inferStructure(summary: StructureSummary): Promise<string[][]>;
  propose(guidance: Guidance, signal?: AbortSignal): Promise<PlannerReply>;
}
