/**
 * How much of a run a language model plans (LLMSynthor's planner, at a cost
 * that does not grow with the rows): the model writes the column groups and
 * the plans of the first add iterations, where its reading of names and
 * meanings shapes the data most; the statistical planner, which reads the
 * same gaps exactly and for free, writes the rest. The run's calls and
 * tokens are bounded by this budget whatever the row count.
 */
export interface LlmBudget {
  /** Add-phase plans the model writes, from the first iteration on. */
  readonly plans: number;
  /** Model calls at most, the column-group request and retries included. */
  readonly calls: number;
  /** Output (completion) tokens at most; a plan is asked for only while the tokens spent leave room for one more answer. */
  readonly outputTokens?: number;
}

/** Answers asked for per plan at most (LlmPlanner asks again once, colder). */
export const ANSWERS_PER_PLAN = 2;

/** The budget for `plans` plans: a call for the column groups, a plan and its retry each, and one to spare. */
export function llmBudgetFor(plans: number): LlmBudget {
  return { plans, calls: 1 + ANSWERS_PER_PLAN * plans + 1 };
}

/** Three plans (the first add iterations carry 87.5% of the rows at the default add share of 1/2): eight calls. */
export const DEFAULT_LLM_BUDGET: LlmBudget = llmBudgetFor(3);

/** Most plans a budget may ask for: past the add phase the statistical planner refines. */
export const MAX_BUDGET_PLANS = 60;

/** A budget as a user wrote it (setup field, command-line option), checked; the message names the field. */
export function checkLlmBudget(budget: LlmBudget): LlmBudget {
  const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
  if (!whole(budget.plans, 0, MAX_BUDGET_PLANS))
    throw new RangeError(`LLM budget: plans must be a whole number from 0 to ${MAX_BUDGET_PLANS}, got ${budget.plans}`);
  if (!whole(budget.calls, 0, 10 * MAX_BUDGET_PLANS))
    throw new RangeError(`LLM budget: calls must be a whole number from 0 to ${10 * MAX_BUDGET_PLANS}, got ${budget.calls}`);
  if (budget.outputTokens !== undefined && !whole(budget.outputTokens, 0, 1e9)) {
    throw new RangeError(`LLM budget: output tokens must be a whole number from 0, got ${budget.outputTokens}`);
  }
  return budget;
}
