import { InputError } from '../stats/input-error.ts';
import { DEFAULT_MIN_COUNT } from '../stats/privacy/disclosure-report.ts';
import type { Targets } from '../stats/tables/targets.ts';

/**
 * A language model's prompts carry the targets' labels, bin edges and gaps.
 * Tables the app builds from data always pass disclosure control (k ≥ 5), but
 * an imported stats.json may have been written without it (`synth stats
 * --min-count 1`, or by hand from SQL), and the command line builds tables
 * with the k it is given, so rare categories and single records' extremes
 * would reach the prompts. Such tables run only with the statistical
 * planner, which sends nothing anywhere. `choice` is the planner asked for
 * (the app's PlannerChoice, the command line's planner name).
 */
export function assertPromptSafe(
  targets: Targets,
  options: { choice: { readonly kind: string } | undefined; source: string; remedy?: string; minCount?: number },
): void {
  if (options.choice?.kind !== 'llm') return;
  if (targets.dp) return;
  const k = options.minCount ?? targets.disclosure?.minCount ?? 1;
  if (k >= DEFAULT_MIN_COUNT) return;
  throw new InputError(
    `planner: ${options.source} was written without disclosure control (k = ${k}, below ${DEFAULT_MIN_COUNT}) or differential privacy, so its rare ` +
      `categories and single records' extremes would reach the language model's prompts; choose the statistical planner, or ` +
      (options.remedy ?? 'write the tables again with synth stats (disclosure control is on by default)'),
  );
}
