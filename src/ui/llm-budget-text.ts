import { llmBudgetFor, type IterationReport } from '../workers/synth-api.ts';

/**
 * What the model will do under its budget and, once a run has measured its
 * speed, about how long that takes at most: "The model writes the column
 * groups and the first 3 plans (at most 8 calls); the statistical planner the
 * rest. At the 12.5 tokens/s of its last answers, at most about 2 min."
 */
export function budgetText(plans: number, history: readonly IterationReport[]): string {
  const { calls } = llmBudgetFor(plans);
  const what =
    plans === 0
      ? 'The model writes only the column groups (1 call); the statistical planner plans every iteration.'
      : `The model writes the column groups and the first ${plans} ${plans === 1 ? 'plan' : 'plans'} (at most ${calls} calls); the statistical planner the rest.`;
  const answered = history.filter((r) => r.usage !== undefined && r.usage.completionTokens > 0 && r.elapsedMs > 0);
  if (answered.length === 0) return `${what} Its speed is measured on its first answers.`;
  const tokens = answered.reduce((s, r) => s + (r.usage?.completionTokens ?? 0), 0);
  const seconds = answered.reduce((s, r) => s + r.elapsedMs, 0) / 1000;
  const perCall = tokens / answered.reduce((s, r) => s + (r.attempts ?? 1), 0);
  const speed = tokens / seconds;
  return `${what} At the ${speed.toFixed(1)} tokens/s of its last answers, at most about ${duration((calls * perCall) / speed)}.`;
}

function duration(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
