import { suggestRules } from '../llm/suggest-rules.ts';
import { InputError } from '../stats/input-error.ts';
import type { AuditEntry } from '../synth/audit/audit-entry.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import { countBrokenTexts } from '../synth/rules/count-broken.ts';
import type { LlmLink } from './llm-connection.ts';
import type { LoadedData } from './loaded-data.ts';
import { runTargets, sourceForSetup, type Source } from './run-source.ts';
import { withSetupScenarios } from './setup-scenarios.ts';
import type { SetupOptions } from './synth-api.ts';

/** Rules a model suggested (rules-from-model.ts), for the user to accept, edit or reject one by one. */
export interface SuggestedRules {
  readonly rules: readonly {
    /** In the rule language, as it would run. */
    readonly text: string;
    /** The model's reason. */
    readonly why: string;
    /** How many of the training rows read break it; null without rows (imported tables, differential privacy). */
    readonly realBreaks: { readonly rows: number; readonly broken: number } | null;
  }[];
  /** What the model wrote that is no rule for these columns, each with why. */
  readonly refused: readonly { readonly text: string; readonly why: string }[];
  /** Set when the model gave no usable answer. */
  readonly failed?: string;
}

/**
 * Realism rules suggested by the loaded model before the run (LLMSynthor's
 * v4 rules): the targets are made as `setup` would make them — the same
 * checks, so tables that may not reach a prompt are refused here too — and
 * the model sees their columns, categories and ranges only (suggestRules),
 * never rows. Each rule that compiles comes back with how many of the
 * training rows break it, read here in the worker and never sent anywhere,
 * so the user can tell a rule from a tendency before accepting it (not under
 * differential privacy, whose budget covers the tables only). Nothing
 * is enforced here: the user accepts, edits or rejects each.
 */
export async function rulesForSetup(options: {
  source: Source | null;
  child: LoadedData | null;
  setup: SetupOptions;
  llm: LlmLink | null;
  audit: (entry: AuditEntry) => void;
}): Promise<SuggestedRules> {
  const { setup, llm } = options;
  if (setup.planner?.kind !== 'llm' || !llm || llm.lost) throw new InputError('rules: load a language model first; it suggests the rules');
  if (setup.related !== undefined)
    throw new InputError('rules: suggested rules do not go with a child table yet; remove the child table, or write the rules yourself');
  const source = sourceForSetup(options.source, setup);
  const prepared = await runTargets({ source, child: options.child, setup, planner: new StatisticalPlanner() });
  const { targets } = withSetupScenarios(prepared, setup.scenarios);
  const suggestions = await suggestRules({
    generate: (request) => llm.generate(request),
    targets,
    seed: setup.seed,
    existing: setup.rules,
    contextTokens: setup.planner.contextTokens,
    audit: options.audit,
  });
  const counts = countBrokenTexts(
    suggestions.rules.map((r) => r.text),
    { targets, rows: prepared.training },
  );
  return {
    rules: suggestions.rules.map((rule, i) => ({ ...rule, realBreaks: counts ? { rows: counts.rows, broken: counts.broken[i] } : null })),
    refused: suggestions.refused,
    ...(suggestions.failed !== undefined ? { failed: suggestions.failed } : {}),
  };
}
