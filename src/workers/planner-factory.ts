import type { Remote } from 'comlink';
import { LlmPlanner } from '../llm/llm-planner.ts';
import type { LlmApi } from '../llm/llm-types.ts';
import { InputError } from '../stats/input-error.ts';
import type { Planner } from '../synth/planner/planner.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import type { Recipe } from '../synth/recipe/recipe.ts';

/** Which planner writes a run's plans; the LLM one calls the model loaded in the llm worker. */
export type PlannerChoice =
  | { readonly kind: 'statistical' }
  | {
      readonly kind: 'llm';
      /** As the llm worker reported it when it loaded (LoadedModel.modelId): named in reports and the recipe. */
      readonly modelId: string;
      /** The loaded model's context (LoadedModel.contextLength): the prompt gets what the answer leaves. */
      readonly contextTokens: number;
    };

export interface PlannerForRun {
  readonly planner: Planner;
  /** How the recipe records it (model and LLM seed, so a run can be replayed). */
  readonly recipe: Recipe['planner'];
  /** "statistical" or "llm (tiny.gguf)", for the UI. */
  readonly label: string;
}

/**
 * The planner of one run: the LLM planner over the llm worker's port when the
 * user chose a loaded model, the statistical planner otherwise. Its requests
 * are seeded from the run's seed, so the same setup asks the model the same.
 */
export function createPlanner(options: { choice: PlannerChoice | undefined; llm: Remote<LlmApi> | null; seed: number }): PlannerForRun {
  const { choice, llm, seed } = options;
  if (choice?.kind !== 'llm') return { planner: new StatisticalPlanner(), recipe: { name: 'statistical' }, label: 'statistical' };
  if (!llm) throw new InputError(`planner: the language model ${choice.modelId} is not connected; load it again or choose the statistical planner`);
  const planner = new LlmPlanner({ generate: (request) => llm.generateJson(request), modelId: choice.modelId, seed, contextTokens: choice.contextTokens });
  return { planner, recipe: { name: planner.name, model: choice.modelId, llmSeed: seed }, label: `${planner.name} (${choice.modelId})` };
}
