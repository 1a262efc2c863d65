import { LlmPlanner } from '../llm/llm-planner.ts';
import type { AuditEntry } from '../synth/audit/audit-entry.ts';
import { HandoverPlanner } from '../synth/planner/handover-planner.ts';
import { DEFAULT_LLM_BUDGET, llmBudgetFor, MAX_BUDGET_PLANS } from '../synth/planner/llm-budget.ts';
import type { Planner } from '../synth/planner/planner.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import type { Recipe } from '../synth/recipe/recipe.ts';
import { optionalFlag, type ParsedArgs } from './args.ts';
import type { OptionSpec } from './command-specs.ts';
import { integerOption } from './integer-option.ts';
import { LLM_PORT_OPTIONS, openLlmPort } from './llm-port.ts';
import { UsageError } from './usage-error.ts';

/** `generate`'s planner options: the statistical planner, or a language model on this machine under a budget. */
export const LLM_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'planner',
    value: 'statistical|llm',
    help:
      'Who reads the gaps and answers with plans. `llm`: a language model on this machine (`--llm-url` or `--model`) writes the column groups and the ' +
      'first add iterations’ plans, the statistical planner the rest; an unusable or missing answer is planned statistically, and the summary says so. ' +
      'Not with `--table` or `--child`. Default `statistical`.',
  },
  ...LLM_PORT_OPTIONS,
  {
    name: 'llm-plans',
    value: 'N',
    help: `Add-phase plans the model writes before the statistical planner takes over, from 0 to ${MAX_BUDGET_PLANS}. Default ${DEFAULT_LLM_BUDGET.plans}.`,
  },
  {
    name: 'llm-calls',
    value: 'N',
    help: `Model calls at most, the column-group request and retries included. Default: a plan and its retry each, one for the column groups and one spare (${DEFAULT_LLM_BUDGET.calls} for ${DEFAULT_LLM_BUDGET.plans} plans).`,
  },
];

/** The planner a command line asked for, what the recipe records of it, and the audit of every model request. */
export interface CliPlanner {
  readonly planner: Planner;
  readonly recipe: Recipe['planner'];
  readonly audit: readonly AuditEntry[];
  /** What the model spent, for the summary line; absent for the statistical planner. */
  describe(): string;
  close(): Promise<void>;
}

/** Reads the planner options; a model file is opened here (and closed by `close`). */
export async function plannerFromArgs(args: ParsedArgs, options: { command: string; seed: number; scenario?: string }): Promise<CliPlanner> {
  const { command, seed } = options;
  const name = optionalFlag(args, 'planner') ?? 'statistical';
  if (name !== 'statistical' && name !== 'llm') throw new UsageError(`${command}: --planner must be statistical or llm, got "${name}"`);
  const llmFlags = ['llm-url', 'llm-model', 'model', 'llm-plans', 'llm-calls', 'llm-context', 'llm-audit'].filter((f) => args.flags.has(f));
  if (name === 'statistical') {
    if (llmFlags.length > 0) throw new UsageError(`${command}: ${llmFlags.map((f) => `--${f}`).join(', ')} need --planner llm`);
    return { planner: new StatisticalPlanner(), recipe: { name: 'statistical' }, audit: [], describe: () => '', close: async () => {} };
  }
  const plans = integerOption(optionalFlag(args, 'llm-plans'), { flag: 'llm-plans', command, min: 0, max: MAX_BUDGET_PLANS }) ?? DEFAULT_LLM_BUDGET.plans;
  const calls = integerOption(optionalFlag(args, 'llm-calls'), { flag: 'llm-calls', command, min: 0, max: 10 * MAX_BUDGET_PLANS });
  const budget = { plans, calls: calls ?? llmBudgetFor(plans).calls };
  const port = await openLlmPort(args, { command, needs: '--planner llm' });
  const audit: AuditEntry[] = [];
  const model = new LlmPlanner({
    generate: port.generate,
    modelId: port.modelId,
    seed,
    contextTokens: port.contextTokens,
    audit: (entry) => audit.push(entry),
    ...(options.scenario ? { scenario: options.scenario } : {}),
  });
  const planner = new HandoverPlanner({ lead: model, rest: new StatisticalPlanner(), budget });
  return {
    planner,
    recipe: { name: 'llm', model: port.modelId, llmSeed: seed, ...(options.scenario ? { scenario: options.scenario } : {}) },
    audit,
    describe() {
      const used = planner.usage();
      const stats = model.stats();
      const fell = stats.fallbacks > 0 ? `, ${stats.fallbacks} planned statistically instead` : '';
      return `; ${port.modelId} planned ${used.plans} iterations in ${used.calls} calls (${used.outputTokens} output tokens${fell})`;
    },
    close: () => port.close(),
  };
}
