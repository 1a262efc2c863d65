import type { Dataset } from '../../stats/dataset.ts';
import { privateTargets, type DpOptions } from '../../stats/privacy/private-targets.ts';
import type { AxisOptions } from '../../stats/tables/axis-for-column.ts';
import { buildTargets } from '../../stats/tables/build-targets.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import type { Planner } from '../planner/planner.ts';
import { structureForDataset } from './structure-for-dataset.ts';

export interface TargetsForDatasetOptions {
  /** Suggests column groups from names and categories (never rows). */
  readonly planner: Planner;
  /** The user's joint tables; they come first. */
  readonly user?: readonly (readonly string[])[];
  /** Bins, top-K and disclosure control of every axis. */
  readonly axes?: AxisOptions;
  /** Differential privacy: noisy tables, and pair tables chosen inside the budget. */
  readonly dp?: DpOptions;
}

/**
 * The target tables of micro data with the joints chosen for it: the user's
 * groups, then the planner's, then a junction tree scored on the rows and the
 * pairs it still misses (structureForDataset). Under differential privacy the
 * rows are not scored (that would read them outside the budget); privateTargets
 * adds a spanning tree of pairs chosen inside it. `synth stats` and
 * `synth generate --input` both come through here, so a stats.json holds the
 * very tables generate would aim at.
 */
export async function targetsForDataset(dataset: Dataset, options: TargetsForDatasetOptions): Promise<Targets> {
  const { planner, user, axes = {}, dp } = options;
  const joints = await structureForDataset({ dataset, planner, user, axes, rankByData: dp === undefined });
  return dp ? privateTargets(dataset, { ...axes, joints, dp }) : buildTargets(dataset, { ...axes, joints });
}
