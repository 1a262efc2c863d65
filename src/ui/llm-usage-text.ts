import type { IterationReport } from '../workers/synth-api.ts';

/**
 * One iteration's LLM cost in words, for the plan card: speed, output tokens
 * per row, prompt and completion tokens, and the answers asked for when a
 * retry was needed. Null for planners that use no model (no usage).
 */
export function llmUsageText(report: IterationReport): string | null {
  const { usage } = report;
  if (!usage) return null;
  const parts: string[] = [];
  // The iteration's whole time: the model's share of it dominates whenever a model runs.
  if (report.elapsedMs > 0 && usage.completionTokens > 0) parts.push(`${format((usage.completionTokens / report.elapsedMs) * 1000, 1)} tokens/s`);
  if (report.outputTokensPerRow !== undefined) parts.push(`${format(report.outputTokensPerRow, 2)} output tokens per row`);
  parts.push(`${format(usage.promptTokens, 0)} prompt + ${format(usage.completionTokens, 0)} completion tokens`);
  if ((report.attempts ?? 1) > 1) parts.push(`${report.attempts} answers asked for`);
  return parts.join(' · ');
}

function format(n: number, digits: number): string {
  return n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * Who planned a run, in words, once a model planned part of it: "The model
 * planned iterations 1–3 (3 calls, 750 output tokens, 0.08 per row); the
 * statistical planner the rest." Null when no iteration was the model's.
 */
export function handoverText(history: readonly IterationReport[], rows: number): string | null {
  const lead = history.find((r) => r.usage !== undefined)?.planner;
  if (lead === undefined) return null;
  const byModel = history.filter((r) => r.planner === lead);
  const calls = byModel.reduce((s, r) => s + (r.attempts ?? 1), 0);
  const tokens = byModel.reduce((s, r) => s + (r.usage?.completionTokens ?? 0), 0);
  const [first, last] = [byModel[0].iteration, byModel[byModel.length - 1].iteration];
  const span = first === last ? `iteration ${first}` : `iterations ${first}–${last}`;
  const other = history.find((r) => r.planner !== lead)?.planner;
  return (
    `The model planned ${span} (${calls} ${calls === 1 ? 'call' : 'calls'}, ${format(tokens, 0)} output tokens, ` +
    `${format(tokens / Math.max(1, rows), 2)} per row)${other ? `; the ${other} planner the rest` : ''}.`
  );
}
