import { ANSWERS_PER_PLAN, type LlmBudget } from './llm-budget.ts';
import type { Guidance, Planner, PlannerReply, StructureSummary } from './planner.ts';

/** What the model spent in a run, for the run summary and the benchmark. */
export interface LeadUsage {
  /** Model calls: the column-group request, every plan asked for, retries included. */
  readonly calls: number;
  /** Plans the model was asked for (iterations it planned, its answer used or not). */
  readonly plans: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** The first iteration planned by the other planner; absent while the model still plans. */
  readonly handoverIteration?: number;
}

/** What a resumed run's history tells about each iteration (IterationReport's fields). */
export interface PlannedIteration {
  readonly iteration: number;
  readonly planner: string;
  readonly attempts?: number;
  readonly usage?: { readonly promptTokens: number; readonly completionTokens: number };
}

/**
 * A run planned by two planners under a budget (LlmBudget): `lead` (the LLM
 * planner) answers the column-group request and the first add iterations'
 * plans while the budget leaves room for a whole plan (a retry included);
 * from then on `rest` (the statistical planner) plans every iteration, the
 * refine phase always. The handover happens once and is for good, so a
 * report can say which iterations the model planned. Each reply names its
 * planner (`by`).
 */
export class HandoverPlanner implements Planner {
  readonly name: string;
  readonly #lead: Planner;
  readonly #rest: Planner;
  readonly #budget: LlmBudget;
  #calls = 0;
  #plans = 0;
  #promptTokens = 0;
  #outputTokens = 0;
  #handover: number | undefined;

  /**
   * `history`: the iterations of a run being resumed (a checkpoint, a planner
   * changed mid-run), so what the model already spent counts against the
   * budget and a handover already made stands.
   */
  constructor(options: { lead: Planner; rest: Planner; budget: LlmBudget; history?: readonly PlannedIteration[] }) {
    this.#lead = options.lead;
    this.#rest = options.rest;
    this.#budget = options.budget;
    this.name = options.lead.name;
    for (const report of options.history ?? []) {
      if (report.planner !== this.#lead.name) {
        this.#handover = report.iteration;
        break;
      }
      this.#plans++;
      this.#calls += report.attempts ?? 1;
      this.#promptTokens += report.usage?.promptTokens ?? 0;
      this.#outputTokens += report.usage?.completionTokens ?? 0;
    }
  }

  usage(): LeadUsage {
    return {
      calls: this.#calls,
      plans: this.#plans,
      promptTokens: this.#promptTokens,
      outputTokens: this.#outputTokens,
      ...(this.#handover !== undefined ? { handoverIteration: this.#handover } : {}),
    };
  }

  async inferStructure(summary: StructureSummary): Promise<string[][]> {
    if (this.#calls + 1 > this.#budget.calls) return this.#rest.inferStructure(summary);
    this.#calls++;
    return this.#lead.inferStructure(summary);
  }

  async propose(guidance: Guidance, signal?: AbortSignal): Promise<PlannerReply> {
    if (this.#handover === undefined && !this.#leadMayPlan(guidance)) this.#handover = guidance.iteration;
    if (this.#handover !== undefined) return { ...(await this.#rest.propose(guidance, signal)), by: this.#rest.name };
    const reply = await this.#lead.propose(guidance, signal);
    this.#plans++;
    this.#calls += reply.attempts ?? 1;
    this.#promptTokens += reply.usage?.promptTokens ?? 0;
    this.#outputTokens += reply.usage?.completionTokens ?? 0;
    // A model that could not be asked (a server down, a runtime gone) is not asked again: each try could cost a timeout.
    if (reply.modelUnavailable) this.#handover = guidance.iteration + 1;
    return { ...reply, by: this.#lead.name };
  }

  /** Room for one more plan from the model: an add iteration, plans left, and calls and tokens for a plan and its retry. */
  #leadMayPlan(guidance: Guidance): boolean {
    const { plans, calls, outputTokens } = this.#budget;
    if (guidance.phase !== 'add' || this.#plans >= plans || this.#calls + ANSWERS_PER_PLAN > calls) return false;
    if (outputTokens === undefined) return true;
    // The tokens a plan costs, judged from the plans so far (none yet: the budget must not be spent already).
    const perPlan = this.#plans > 0 ? this.#outputTokens / this.#plans : 0;
    return this.#outputTokens + perPlan <= outputTokens && this.#outputTokens < outputTokens;
  }
}
