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
