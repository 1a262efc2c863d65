import type { SavedSettings } from './project-store.ts';
import type { SetupFields } from './setup-fields.ts';

/**
 * The settings as they may be written to disk. Without consent to keep data
 * only the fields that cannot come from the data are kept: joints, rules and
 * the scenarios name columns and categories, so they stay in the tab.
 */
export function savedSettings(fields: SetupFields, keepData: boolean): SavedSettings {
  if (keepData) return { ...fields, keepData };
  const { rows, seed, maxIterations, proposalsPerIteration, holdoutShare, topK, planner, llmPlans } = fields;
  return {
    rows,
    seed,
    maxIterations,
    proposalsPerIteration,
    holdoutShare,
    topK,
    planner,
    llmPlans,
    jointsText: '',
    rulesText: '',
    scenario: '',
    scenariosText: '',
    keepData,
  };
}
