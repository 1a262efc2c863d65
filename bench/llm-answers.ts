import { readStructureGroups } from '../src/llm/read-structure-groups.ts';
import type { AuditEntry } from '../src/synth/audit/audit-entry.ts';

/** What a run's model calls cost and how many of its answers were usable, as LlmPlanner.stats() counts them. */
export interface AnswerCount {
  /** Requests to the model (column groups and plans, retries included). */
  readonly calls: number;
  /** Iterations the model was asked to plan. */
  readonly plans: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** Answers the planner could not use (a plan that failed its check, column groups that were not a list). */
  readonly invalidOutputs: number;
  /** Iterations the model was asked to plan whose plan came from the fallback planner. */
  readonly fallbacks: number;
  /** Requests the runtime failed (no answer at all). */
  readonly failedCalls: number;
}

/**
 * Counts a run's model answers from what the app exports: its audit log (every
 * request, its answer and tokens) and the recipe's plans (what each iteration
 * sampled, `plans[i]` for iteration i + 1). A plan answer was used exactly when
 * it is the last asked for in its iteration and is the plan the iteration
 * wrote; every other answer was unusable (the planner asks again only after an
 * unusable one). A column-group answer was used when it stopped on its own and
 * holds a list of groups (readStructureGroups, as the planner reads it).
 */
export function countAnswers(entries: readonly AuditEntry[], plans: readonly unknown[]): AnswerCount {
  const calls = entries.filter((e) => e.purpose !== 'scenario');
  const count = { invalidOutputs: 0, fallbacks: 0, failedCalls: 0 };
  for (const e of calls) if (e.finishReason === 'error') count.failedCalls++;
  for (const e of calls.filter((c) => c.purpose === 'structure' && c.finishReason !== 'error')) {
    if (e.finishReason !== 'stop' || !readStructureGroups(e.response, { columns: [], maxGroups: 0 }).valid) count.invalidOutputs++;
  }
  const iterations = [...new Set(calls.filter((e) => e.purpose === 'plan').map((e) => e.iteration))];
  for (const iteration of iterations) {
    const asked = calls.filter((e) => e.purpose === 'plan' && e.iteration === iteration).sort((a, b) => a.attempt - b.attempt);
    const last = asked[asked.length - 1];
    const used = last.finishReason !== 'error' && last.response === plans[iteration - 1];
    if (!used) count.fallbacks++;
    count.invalidOutputs += asked.filter((e) => e.finishReason !== 'error' && !(used && e === last)).length;
  }
  return {
    calls: calls.length,
    plans: iterations.length,
    promptTokens: calls.reduce((n, e) => n + e.usage.promptTokens, 0),
    outputTokens: calls.reduce((n, e) => n + e.usage.completionTokens, 0),
    ...count,
  };
}
