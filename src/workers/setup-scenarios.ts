import { InputError } from '../stats/input-error.ts';
import { applyScenarios, MAX_SCENARIOS } from '../synth/scenario/apply-scenarios.ts';
import type { PreparedTargets } from './prepare-targets.ts';

/**
 * The setup's scenarios applied to a run's targets, whatever they were made
 * from (rows, a stats.json, aggregate tables): the edited targets are what
 * the loop fits, and the unedited ones stay as `baseline`, so the report can
 * show each scenario's effect and the charts what the data looked like before.
 */
export function withSetupScenarios(prepared: PreparedTargets, texts: readonly string[] | undefined): PreparedTargets {
  if (!texts || texts.length === 0) return prepared;
  refuseWithChild(prepared.targets.related !== undefined);
  if (texts.length > MAX_SCENARIOS) throw new InputError(`setup: ${texts.length} scenarios; at most ${MAX_SCENARIOS} per run`);
  const { targets, effects } = applyScenarios(prepared.targets, texts, 'setup: ');
  return { ...prepared, targets, baseline: prepared.targets, scenarios: effects };
}

/** As on the command line (--scenario with --child): a related run's targets are the parents widened with their members, not edited yet. */
export function refuseWithChild(related: boolean): void {
  if (related) throw new InputError('setup: scenarios do not go with a child table yet; remove the child table or the scenarios');
}
