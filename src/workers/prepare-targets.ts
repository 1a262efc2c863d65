import type { Dataset } from '../stats/dataset.ts';
import { DEFAULT_MIN_COUNT } from '../stats/privacy/disclosure-report.ts';
import { buildTargets } from '../stats/tables/build-targets.ts';
import type { Targets } from '../stats/tables/targets.ts';
import { jointNames } from '../stats/tables/joint-group.ts';
import type { ScenarioEffect } from '../synth/scenario/apply-scenario.ts';
import type { Planner } from '../synth/planner/planner.ts';
import { structureForDataset } from '../synth/structure/structure-for-dataset.ts';
import { splitHoldout } from './split-holdout.ts';
import { setupTopK } from './setup-top-k.ts';
import type { SetupOptions } from './synth-api.ts';

export interface PreparedTargets {
  readonly targets: Targets;
  readonly joints: readonly (readonly string[])[];
  /** Null when the run starts from imported tables. */
  readonly training: Dataset | null;
  readonly holdout: Dataset | null;
  /** A related run's training parents and children as loaded (`training` holds them widened), for the report at both levels. */
  readonly tables?: { readonly parent: Dataset; readonly child: Dataset };
  /** With scenarios applied (setup-scenarios.ts): the targets before them, and what each did. */
  readonly baseline?: Targets;
  readonly scenarios?: readonly ScenarioEffect[];
}

/**
 * From micro data: split off the holdout first (so it never reaches the
 * targets), then the user's joints and the chosen structure, then the tables.
 * From imported tables: the tables as they are (they already fix the joints).
 */
export async function prepareTargets(options: {
  source: { kind: 'data'; dataset: Dataset } | { kind: 'stats'; targets: Targets };
  setup: SetupOptions;
  /** The run's planner: it suggests column groups from names and categories (paper §3.1). */
  planner: Planner;
}): Promise<PreparedTargets> {
  const { source, setup, planner } = options;
  if (source.kind === 'stats') {
    const joints = source.targets.tables.filter((t) => t.axes.length > 1).map((t) => t.axes.map((a) => a.column));
    return { targets: source.targets, joints, training: null, holdout: null };
  }
  const { training, holdout } = splitHoldout(source.dataset, { share: setup.holdoutShare, seed: setup.seed });
  // Disclosure control on by default: rare categories, small cells and extremes never reach the planner,
  // and the structure is chosen on the axes the targets will have.
  const axes = { minCount: DEFAULT_MIN_COUNT, topK: setupTopK(setup) };
  // No joints asked for (null): the structure is chosen; an empty list means marginals only; the user's groups come first.
  const joints = setup.joints?.length === 0 ? [] : await structureForDataset({ dataset: training, planner, user: setup.joints ?? [], axes });
  return { targets: buildTargets(training, { joints, ...axes }), joints: joints.map(jointNames), training, holdout };
}
