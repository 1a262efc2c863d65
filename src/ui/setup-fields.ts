import { DEFAULT_LLM_BUDGET, DEFAULT_TOP_K } from '../workers/synth-api.ts';

/** Where the plans come from: no model, a WebLLM catalogue model, a GGUF file, a self-hosted URL, a model server on this machine. */
export type PlannerSource = 'statistical' | 'webllm' | 'gguf' | 'url' | 'endpoint';

/** The setup form as plain data (what is saved between visits). */
export interface SetupFields {
  readonly rows: number;
  readonly seed: number;
  readonly maxIterations: number;
  readonly proposalsPerIteration: number;
  /** "a,b; c,d"; empty = suggested joints; "none" = marginals only. */
  readonly jointsText: string;
  /** One rule per line. */
  readonly rulesText: string;
  readonly holdoutShare: number;
  /** Categories kept per categorical column; the rest pool into "(other)". */
  readonly topK: number;
  /** The source the user chose; a run uses a model only once one is loaded (models are never saved here). */
  readonly planner: PlannerSource;
  /** Add-phase plans a loaded model writes before the statistical planner takes over (its budget). */
  readonly llmPlans: number;
  /** A what-if for LLM planners ("a concert at Tokyo Dome from 20–24"); empty = none. */
  readonly scenario: string;
  /** What-ifs as target edits, one per line ("+30% destination = LAS in time_bin = 20-24"); empty = none. */
  readonly scenariosText: string;
}

export const SETUP_DEFAULTS: SetupFields = {
  rows: 1000,
  seed: 1,
  maxIterations: 60,
  proposalsPerIteration: 8,
  jointsText: '',
  rulesText: '',
  holdoutShare: 0.2,
  topK: DEFAULT_TOP_K,
  planner: 'statistical',
  llmPlans: DEFAULT_LLM_BUDGET.plans,
  scenario: '',
  scenariosText: '',
};
