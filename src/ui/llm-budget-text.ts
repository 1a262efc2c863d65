import { DEFAULT_ANSWER_TOKENS, type ModelSpeed } from '../workers/llm-options.ts';
import { llmBudgetFor, type IterationReport } from '../workers/synth-api.ts';

/** What was measured when the model loaded (LoadedModel's speed and context). */
export interface MeasuredModel {
  readonly speed?: ModelSpeed;
  readonly contextLength: number;
}

/**
 * What the model will do under its budget and about how long that takes at
 * most: "The model writes the column groups and the first 3 plans (at most 8
 * calls); the statistical planner the rest. At the 12.5 tokens/s of its last
 * answers, at most about 2 min." Before any run, from the speed measured at
 * load, each call's prompt and answer taken at their longest (the context
 * filled, the answer's cap written).
 */
export function budgetText(plans: number, history: readonly IterationReport[], model?: MeasuredModel): string {
  const { calls } = llmBudgetFor(plans);
  const what =
    plans === 0
      ? 'The model writes only the column groups (1 call); the statistical planner plans every iteration.'
      : `The model writes the column groups and the first ${plans} ${plans === 1 ? 'plan' : 'plans'} (at most ${calls} calls); the statistical planner the rest.`;
  const answered = history.filter((r) => r.usage !== undefined && r.usage.completionTokens > 0 && r.elapsedMs > 0);
  if (answered.length === 0) {
    const speed = model?.speed;
    if (!speed) return `${what} Its speed is measured on its first answers.`;
    const answerTokens = Math.min(DEFAULT_ANSWER_TOKENS, model.contextLength);
    const perCall = answerTokens / speed.outputTokensPerSecond + (model.contextLength - answerTokens) / speed.promptTokensPerSecond;
    return `${what} Measured at load it ${speedText(speed)}: at most about ${duration(calls * perCall)} (every prompt and answer at its longest).`;
  }
  const tokens = answered.reduce((s, r) => s + (r.usage?.completionTokens ?? 0), 0);
  const seconds = answered.reduce((s, r) => s + r.elapsedMs, 0) / 1000;
  const perCall = tokens / answered.reduce((s, r) => s + (r.attempts ?? 1), 0);
  const speed = tokens / seconds;
  return `${what} At the ${speed.toFixed(1)} tokens/s of its last answers, at most about ${duration((calls * perCall) / speed)}.`;
}

/** "reads ~310 tokens/s, writes ~12 tokens/s": what the model did in its timed answers at load. */
export function speedText(speed: ModelSpeed): string {
  return `reads ~${rounded(speed.promptTokensPerSecond)} tokens/s, writes ~${rounded(speed.outputTokensPerSecond)} tokens/s`;
}

function rounded(n: number): string {
  return (n >= 10 ? Math.round(n) : Number(n.toPrecision(2))).toLocaleString('en');
}

function duration(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
