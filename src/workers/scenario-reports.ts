import type { Dataset } from '../stats/dataset.ts';
import type { Targets } from '../stats/tables/targets.ts';
import type { ScenarioEffect } from '../synth/scenario/apply-scenario.ts';
import { syntheticShare } from '../synth/scenario/synthetic-share.ts';
import type { ScenarioReport } from './synth-api.ts';

/** Each scenario's share of its context before and after the edit, and in the synthetic records (the check that they followed it). */
export function scenarioReports(effects: readonly ScenarioEffect[], targets: Targets, synthetic: Dataset): ScenarioReport[] {
  return effects.map((e) => ({ text: e.text, before: e.before, after: e.after, synthetic: syntheticShare(e, targets, synthetic) }));
}
