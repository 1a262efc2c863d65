import { LlmPlanner } from '../llm/llm-planner.ts';
import { InputError } from '../stats/input-error.ts';
import type { AuditEntry } from '../synth/audit/audit-entry.ts';
import type { Planner } from '../synth/planner/planner.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import { HandoverPlanner, type LeadUsage, type PlannedIteration } from '../synth/planner/handover-planner.ts';
import { checkLlmBudget, DEFAULT_LLM_BUDGET, type LlmBudget } from '../synth/planner/llm-budget.ts';
import type { Recipe } from '../synth/recipe/recipe.ts';
import type { LlmLink } from './llm-connection.ts';
import { PlannerLost } from './planner-lost.ts';

/** Which planner writes a run's plans; the LLM one calls the model loaded in the llm worker. */
export type PlannerChoice =
  | { readonly kind: 'statistical' }
  | {
      readonly kind: 'llm';
      /** As the llm worker reported it when it loaded (LoadedModel.modelId): named in reports and the recipe. */
      readonly modelId: string;
      /** The loaded model's context (LoadedModel.contextLength): the prompt gets what the answer leaves. */
      readonly contextTokens: number;
      /** What the model plans before the statistical planner takes over (DEFAULT_LLM_BUDGET when absent). */
      readonly budget?: LlmBudget;
    };

export interface PlannerForRun {
  readonly planner: Planner;
  /** How the recipe records it (model and LLM seed, so a run can be replayed). */
  readonly recipe: Recipe['planner'];
  /** "statistical" or "llm (tiny.gguf)", for the UI. */
  readonly label: string;
  /** What the model spent so far under its budget; absent for the statistical planner. */
  readonly usage?: () => LeadUsage;
}

/**
 * The planner of one run: the LLM planner over the llm worker's port when the
 * user chose a loaded model, the statistical planner otherwise. Its requests
 * are seeded from the run's seed, so the same setup asks the model the same,
 * and every request goes to `audit`. A lost GPU or llm worker is thrown as
 * PlannerLost (the run pauses) rather than answered by a fallback plan.
 */
export function createPlanner(options: {
  choice: PlannerChoice | undefined;
  llm: LlmLink | null;
  seed: number;
  /** The user's what-if, quoted in the LLM planner's prompt; the statistical planner has no use for it. */
  scenario?: string | undefined;
  audit?: (entry: AuditEntry) => void;
  /** The iterations so far when a run resumes, so the model's budget counts what it already spent. */
  history?: readonly PlannedIteration[];
}): PlannerForRun {
  const { choice, llm, seed, scenario, audit } = options;
  if (choice?.kind !== 'llm') return { planner: new StatisticalPlanner(), recipe: { name: 'statistical' }, label: 'statistical' };
  if (!llm || llm.lost) throw new InputError(`planner: the language model ${choice.modelId} is not connected; load it again or choose the statistical planner`);
  const generate = async (request: Parameters<LlmLink['generate']>[0]) => {
    const result = await llm.generate(request);
    if (!result.ok && result.error.code === 'device-lost') {
      throw new PlannerLost('device-lost', `The GPU running ${choice.modelId} was lost (${result.error.message})`);
    }
    return result;
  };
  const model = new LlmPlanner({
    generate,
    modelId: choice.modelId,
    seed,
    contextTokens: choice.contextTokens,
    ...(scenario ? { scenario } : {}),
    ...(audit ? { audit } : {}),
  });
  const budget = checkLlmBudget(choice.budget ?? DEFAULT_LLM_BUDGET);
  const planner = new HandoverPlanner({ lead: model, rest: new StatisticalPlanner(), budget, ...(options.history ? { history: options.history } : {}) });
  return {
    planner,
    recipe: { name: planner.name, model: choice.modelId, llmSeed: seed, ...(scenario ? { scenario } : {}) },
    usage: () => planner.usage(),
    label: `${planner.name} (${choice.modelId})`,
  };
}
